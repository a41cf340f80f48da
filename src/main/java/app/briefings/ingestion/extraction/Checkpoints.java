package app.briefings.ingestion.extraction;

import java.util.function.Supplier;

/**
 * The checkpoints of extraction's loops. The token of the extraction a thread runs is
 * held for that thread, so the stages check it without passing it through every call.
 */
final class Checkpoints {

	/** How many steps of a per-character or per-word loop run between two checks. */
	static final int STRIDE = 4096;

	private static final ThreadLocal<CancellationToken> CURRENT = ThreadLocal
		.withInitial(() -> CancellationToken.NEVER);

	private Checkpoints() {
	}

	static <T> T run(CancellationToken token, Supplier<T> work) {
		CancellationToken outer = CURRENT.get();
		CURRENT.set(token);
		try {
			return work.get();
		}
		finally {
			CURRENT.set(outer);
		}
	}

	/** Stops the extraction when its token is cancelled. */
	static void check() {
		if (CURRENT.get().isCancelled()) {
			throw new ExtractionCancelledException();
		}
	}

	/** Checks on every {@value #STRIDE}th step of a fine-grained loop. */
	static void check(int step) {
		if (step % STRIDE == 0) {
			check();
		}
	}

}
