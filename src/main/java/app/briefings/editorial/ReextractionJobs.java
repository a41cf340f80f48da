package app.briefings.editorial;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import app.briefings.ingestion.IngestionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Runs re-extraction jobs one at a time on a single background thread with a bounded
 * queue, after the change that started them is stored. A job that finds the queue full
 * fails at once rather than wait unseen; a document that fails is counted and the job
 * goes on.
 */
@Component
class ReextractionJobs implements DisposableBean {

	static final int QUEUE_CAPACITY = 100;

	private static final Logger logger = LoggerFactory.getLogger(ReextractionJobs.class);

	private final MongoOperations mongo;

	private final IngestionService ingestion;

	private final Clock clock;

	private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
			new ArrayBlockingQueue<>(QUEUE_CAPACITY), (runnable) -> {
				Thread thread = new Thread(runnable, "reextraction");
				thread.setDaemon(true);
				return thread;
			});

	ReextractionJobs(MongoOperations mongo, IngestionService ingestion, Clock clock) {
		this.mongo = mongo;
		this.ingestion = ingestion;
		this.clock = clock;
	}

	/** Stores a queued job for the documents and starts it in the background. */
	ReextractionJob start(String reason, Collection<String> documentIds) {
		List<String> ids = List.copyOf(new LinkedHashSet<>(documentIds));
		ReextractionJob job = this.mongo.insert(new ReextractionJob(UUID.randomUUID().toString(), reason,
				ReextractionStatus.QUEUED, ids.size(), 0, 0, this.clock.instant(), null));
		try {
			this.executor.execute(() -> run(job.id(), ids));
		}
		catch (RejectedExecutionException ex) {
			logger.warn("Re-extraction job {} refused: {} jobs are already waiting", job.id(), QUEUE_CAPACITY);
			return finish(job.id(), ReextractionStatus.FAILED);
		}
		return job;
	}

	List<ReextractionJob> findByIds(Collection<String> ids) {
		return this.mongo.find(new Query(Criteria.where(EditorialFields.ID).in(ids)), ReextractionJob.class);
	}

	private void run(String jobId, List<String> documentIds) {
		update(jobId, new Update().set(EditorialFields.STATUS, ReextractionStatus.RUNNING.name()));
		for (String documentId : documentIds) {
			update(jobId, new Update().inc(reextract(jobId, documentId) ? EditorialFields.REEXTRACTED_DOCUMENTS
					: EditorialFields.FAILED_DOCUMENTS, 1));
		}
		finish(jobId, ReextractionStatus.DONE);
	}

	private boolean reextract(String jobId, String documentId) {
		try {
			this.ingestion.reextract(documentId);
			return true;
		}
		catch (RuntimeException ex) {
			logger.warn("Re-extraction job {} could not re-extract document {}", jobId, documentId, ex);
			return false;
		}
	}

	private ReextractionJob finish(String jobId, ReextractionStatus status) {
		update(jobId, new Update().set(EditorialFields.STATUS, status.name())
			.set(EditorialFields.FINISHED_AT, this.clock.instant()));
		return this.mongo.findById(jobId, ReextractionJob.class);
	}

	private void update(String jobId, Update update) {
		this.mongo.updateFirst(new Query(Criteria.where(EditorialFields.ID).is(jobId)), update, ReextractionJob.class);
	}

	@Override
	public void destroy() throws InterruptedException {
		this.executor.shutdown();
		if (!this.executor.awaitTermination(10, TimeUnit.SECONDS)) {
			List<Runnable> abandoned = new ArrayList<>(this.executor.shutdownNow());
			logger.warn("Stopped re-extraction with {} jobs waiting", abandoned.size());
		}
	}

}
