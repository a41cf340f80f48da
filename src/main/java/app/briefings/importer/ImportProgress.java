package app.briefings.importer;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * Shows how far an import is: on a terminal one line rewritten in place (records done of
 * the total, documents per second, time left), elsewhere such a line every
 * {@link #PERIODIC_INTERVAL} so logs stay readable, or nothing.
 */
final class ImportProgress implements AutoCloseable {

	static final Duration LIVE_INTERVAL = Duration.ofMillis(250);

	static final Duration PERIODIC_INTERVAL = Duration.ofSeconds(10);

	private final PrintStream out;

	private final boolean live;

	private final int total;

	private final long startNanos;

	private final AtomicInteger done = new AtomicInteger();

	private final ScheduledExecutorService timer;

	private ImportProgress(PrintStream out, boolean live, int total, Duration interval) {
		this.out = out;
		this.live = live;
		this.total = total;
		this.startNanos = System.nanoTime();
		this.timer = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "import-progress");
			thread.setDaemon(true);
			return thread;
		});
		if (!interval.isZero()) {
			this.timer.scheduleAtFixedRate(this::show, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	/**
	 * Starts showing progress as the mode asks; the total is asked for only when progress
	 * is shown (counting the records reads every file once more).
	 */
	static ImportProgress start(ImportOptions.Progress mode, boolean terminal, PrintStream out, IntSupplier total) {
		if (mode == ImportOptions.Progress.NONE) {
			return new ImportProgress(out, false, 0, Duration.ZERO);
		}
		if (mode == ImportOptions.Progress.LIVE || terminal) {
			return new ImportProgress(out, true, total.getAsInt(), LIVE_INTERVAL);
		}
		return new ImportProgress(out, false, total.getAsInt(), PERIODIC_INTERVAL);
	}

	void recordDone() {
		this.done.incrementAndGet();
	}

	private synchronized void show() {
		String line = line(this.done.get(), this.total, elapsed());
		if (this.live) {
			this.out.print("\r" + line + "   ");
		}
		else {
			this.out.println("[import] " + line);
		}
		this.out.flush();
	}

	private Duration elapsed() {
		return Duration.ofNanos(System.nanoTime() - this.startNanos);
	}

	/** The progress line: {@code 120/500 records, 9.8 docs/s, ETA 0:39}. */
	static String line(int done, int total, Duration elapsed) {
		double seconds = elapsed.toNanos() / 1e9;
		double rate = (seconds > 0) ? done / seconds : 0;
		String eta = (rate > 0) ? clock(Math.round((total - done) / rate)) : "-";
		return String.format(Locale.ROOT, "%d/%d records, %.1f docs/s, ETA %s", done, total, rate, eta);
	}

	private static String clock(long seconds) {
		if (seconds >= 3600) {
			return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, (seconds % 3600) / 60, seconds % 60);
		}
		return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
	}

	@Override
	public synchronized void close() {
		this.timer.shutdownNow();
		if (this.live) {
			show();
			this.out.println();
		}
	}

}
