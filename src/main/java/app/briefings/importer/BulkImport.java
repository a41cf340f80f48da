package app.briefings.importer;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

import app.briefings.ingestion.document.IngestDocumentInput;
import org.jspecify.annotations.Nullable;

/**
 * Reads every record of the files and ingests it on a small pool of threads, counting
 * each record under one outcome and writing each rejected one to the report. The files
 * are read once beforehand to count the records, so progress can show a total; at most a
 * few records per thread wait in memory.
 */
final class BulkImport {

	private static final int QUEUED_PER_THREAD = 4;

	private final RecordIngestor ingestor;

	private final String partner;

	private final int threads;

	BulkImport(RecordIngestor ingestor, String partner, int threads) {
		this.ingestor = ingestor;
		this.partner = partner;
		this.threads = threads;
	}

	ImportSummary run(ImportSources sources, RejectionReport report, IntFunction<ImportProgress> progressForTotal) {
		long start = System.nanoTime();
		ImportCounts counts = new ImportCounts();
		int total = RecordReaders.count(sources.files());
		try (ImportProgress progress = progressForTotal.apply(total)) {
			Worker worker = new Worker(counts, report, progress);
			ExecutorService pool = Executors.newFixedThreadPool(this.threads);
			Semaphore queued = new Semaphore(this.threads * QUEUED_PER_THREAD);
			try {
				for (SourceFile file : sources.files()) {
					RecordReaders.read(file, (record) -> submit(pool, queued, worker, record));
				}
			}
			finally {
				awaitAll(pool);
			}
			worker.rethrowFailure();
		}
		return ImportSummary.of(sources, counts, Duration.ofNanos(System.nanoTime() - start), report.path());
	}

	private static void submit(ExecutorService pool, Semaphore queued, Worker worker, ImportRecord record) {
		queued.acquireUninterruptibly();
		pool.execute(() -> {
			try {
				worker.handle(record);
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

		void handle(ImportRecord record) {
			try {
				ImportOutcome outcome = outcomeOf(record);
				if (outcome.rejection() != null) {
					this.report.add(record, outcome.rejection());
				}
				this.counts.add(outcome.kind());
				this.progress.recordDone();
			}
			catch (RuntimeException ex) {
				this.failure.compareAndSet(null, ex);
			}
		}

		private ImportOutcome outcomeOf(ImportRecord record) {
			IngestDocumentInput document = record.document();
			if (document == null) {
				return ImportOutcome.rejected(Objects.requireNonNull(record.unreadable()));
			}
			return BulkImport.this.ingestor.ingest(document, BulkImport.this.partner);
		}

		void rethrowFailure() {
			RuntimeException failed = this.failure.get();
			if (failed != null) {
				throw failed;
			}
		}

	}

}
