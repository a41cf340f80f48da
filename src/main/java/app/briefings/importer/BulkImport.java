package app.briefings.importer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.IntSupplier;

import app.briefings.ingestion.document.IngestDocumentInput;
import org.jspecify.annotations.Nullable;

/**
 * Reads every record of the files and ingests them in batches of {@value #BATCH_SIZE} on
 * a small pool of threads (each batch's new documents stored together), counting each
 * record under one outcome and writing each rejected one to the report. When progress is
 * shown, the files are read once beforehand to count the records, so it can show a total;
 * at most a few records per thread wait in memory.
 */
final class BulkImport {

	private static final int QUEUED_PER_THREAD = 4;

	/**
	 * Records ingested together: their new documents are stored with a few commands for
	 * all instead of a few each, while the other threads extract the next records.
	 */
	static final int BATCH_SIZE = 64;

	private final RecordIngestor ingestor;

	private final String partner;

	private final int threads;

	BulkImport(RecordIngestor ingestor, String partner, int threads) {
		this.ingestor = ingestor;
		this.partner = partner;
		this.threads = threads;
	}

	ImportSummary run(ImportSources sources, RejectionReport report,
			Function<IntSupplier, ImportProgress> progressForTotal) {
		long start = System.nanoTime();
		ImportCounts counts = new ImportCounts();
		try (ImportProgress progress = progressForTotal.apply(() -> RecordReaders.count(sources.files()))) {
			Worker worker = new Worker(counts, report, progress);
			ExecutorService pool = Executors.newFixedThreadPool(this.threads);
			Semaphore queued = new Semaphore(this.threads * QUEUED_PER_THREAD);
			try {
				List<ImportRecord> batch = new ArrayList<>(BATCH_SIZE);
				for (SourceFile file : sources.files()) {
					RecordReaders.read(file, (record) -> {
						batch.add(record);
						if (batch.size() == BATCH_SIZE) {
							submit(pool, queued, worker, List.copyOf(batch));
							batch.clear();
						}
					});
				}
				if (!batch.isEmpty()) {
					submit(pool, queued, worker, List.copyOf(batch));
				}
			}
			finally {
				awaitAll(pool);
			}
			worker.rethrowFailure();
		}
		return ImportSummary.of(sources, counts, Duration.ofNanos(System.nanoTime() - start), report.path());
	}

	private static void submit(ExecutorService pool, Semaphore queued, Worker worker, List<ImportRecord> batch) {
		queued.acquireUninterruptibly();
		pool.execute(() -> {
			try {
				worker.handle(batch);
			}
			finally {
				queued.release();
			}
		});
	}

	private static void awaitAll(ExecutorService pool) {
		pool.shutdown();
		boolean interrupted = false;
		while (!pool.isTerminated()) {
			try {
				pool.awaitTermination(1, TimeUnit.MINUTES);
			}
			catch (InterruptedException ex) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	/** Ingests one record, counts its outcome and reports it if rejected. */
	private final class Worker {

		private final ImportCounts counts;

		private final RejectionReport report;

		private final ImportProgress progress;

		private final AtomicReference<@Nullable RuntimeException> failure = new AtomicReference<>();

		Worker(ImportCounts counts, RejectionReport report, ImportProgress progress) {
			this.counts = counts;
			this.report = report;
			this.progress = progress;
		}

		void handle(List<ImportRecord> batch) {
			try {
				List<ImportOutcome> outcomes = outcomesOf(batch);
				for (int index = 0; index < batch.size(); index++) {
					count(batch.get(index), outcomes.get(index));
				}
			}
			catch (RuntimeException ex) {
				this.failure.compareAndSet(null, ex);
			}
		}

		private void count(ImportRecord record, ImportOutcome outcome) {
			if (outcome.rejection() != null) {
				this.report.add(record, outcome.rejection());
			}
			this.counts.add(outcome.kind());
			this.progress.recordDone();
		}

		/** The outcome of each record: the readable ones ingested together. */
		private List<ImportOutcome> outcomesOf(List<ImportRecord> batch) {
			List<IngestDocumentInput> documents = new ArrayList<>(batch.size());
			for (ImportRecord record : batch) {
				if (record.document() != null) {
					documents.add(record.document());
				}
			}
			List<ImportOutcome> ingested = documents.isEmpty() ? List.of()
					: BulkImport.this.ingestor.ingestAll(documents, BulkImport.this.partner);
			List<ImportOutcome> outcomes = new ArrayList<>(batch.size());
			int next = 0;
			for (ImportRecord record : batch) {
				outcomes.add((record.document() != null) ? ingested.get(next++)
						: ImportOutcome.rejected(Objects.requireNonNull(record.unreadable())));
			}
			return outcomes;
		}

		void rethrowFailure() {
			RuntimeException failed = this.failure.get();
			if (failed != null) {
				throw failed;
			}
		}

	}

}
