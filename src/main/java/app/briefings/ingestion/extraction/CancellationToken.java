package app.briefings.ingestion.extraction;

import java.time.Duration;

/**
 * Says whether the extraction under way is still wanted. The extractor asks it at
 * checkpoints in its loops, a bounded amount of work apart, and stops with an
 * {@link ExtractionCancelledException} once it answers yes.
 */
@FunctionalInterface
public interface CancellationToken {

	/** A token that never cancels. */
	CancellationToken NEVER = () -> false;

	boolean isCancelled();

	/**
	 * Cancels once the thread that extracts is interrupted, as the request timeout does
	 * to an execution it abandons; the interrupt stays set.
	 */
	static CancellationToken whenInterrupted() {
		return () -> Thread.currentThread().isInterrupted();
	}

	/** Cancels once {@code limit} has passed from now. */
	static CancellationToken after(Duration limit) {
		long deadline = System.nanoTime() + limit.toNanos();
		return () -> System.nanoTime() - deadline >= 0;
	}

	/** Cancels when this token or the other one does. */
	default CancellationToken or(CancellationToken other) {
		return () -> isCancelled() || other.isCancelled();
	}

}
