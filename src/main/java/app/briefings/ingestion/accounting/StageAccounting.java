package app.briefings.ingestion.accounting;

import java.lang.management.ManagementFactory;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import com.sun.management.ThreadMXBean;

/**
 * Counts, per {@link IngestionStage}, the CPU time and the bytes allocated by the thread
 * that runs it, each stage without the stages nested in it, so that the stages of a
 * document add up to what its threads spent. Switched off, it only runs the work.
 */
public final class StageAccounting {

	private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

	private final boolean enabled;

	private final Map<IngestionStage, Totals> totals = new EnumMap<>(IngestionStage.class);

	private final ThreadLocal<Deque<Frame>> frames = ThreadLocal.withInitial(ArrayDeque::new);

	StageAccounting(boolean enabled) {
		this.enabled = enabled;
		for (IngestionStage stage : IngestionStage.values()) {
			this.totals.put(stage, new Totals());
		}
	}

	/** An accounting that counts nothing. */
	public static StageAccounting off() {
		return new StageAccounting(false);
	}

	/** An accounting that counts every stage. */
	public static StageAccounting on() {
		return new StageAccounting(true);
	}

	/** Runs the work as the given stage and returns its result. */
	public <T> T measure(IngestionStage stage, Supplier<T> work) {
		if (!this.enabled) {
			return work.get();
		}
		Frame frame = begin();
		try {
			return work.get();
		}
		finally {
			end(stage, frame);
		}
	}

	/** Runs the work as the given stage. */
	public void run(IngestionStage stage, Runnable work) {
		measure(stage, () -> {
			work.run();
			return null;
		});
	}

	/** CPU nanoseconds counted for the stage so far. */
	public long cpuNanos(IngestionStage stage) {
		return this.totals.get(stage).cpuNanos.sum();
	}

	/** Bytes counted as allocated by the stage so far. */
	public long allocatedBytes(IngestionStage stage) {
		return this.totals.get(stage).allocatedBytes.sum();
	}

	/** How many times the stage ran so far. */
	public long calls(IngestionStage stage) {
		return this.totals.get(stage).calls.sum();
	}

	/** Whether stages are counted. */
	public boolean enabled() {
		return this.enabled;
	}

	/**
	 * What each stage cost per document so far, as a Markdown table (CPU ms, kB
	 * allocated, runs), largest first.
	 */
	public String table(long documents) {
		List<IngestionStage> stages = new ArrayList<>(List.of(IngestionStage.values()));
		stages.sort(Comparator.comparingLong(this::cpuNanos).reversed());
		StringBuilder table = new StringBuilder(
				"| stage | CPU ms per document | kB allocated per document | runs per document |\n| --- | --- | --- | --- |\n");
		double per = Math.max(documents, 1);
		for (IngestionStage stage : stages) {
			table.append(String.format(Locale.ROOT, "| %s | %.2f | %.0f | %.2f |%n", stage.tag(),
					cpuNanos(stage) / 1e6 / per, allocatedBytes(stage) / 1024.0 / per, calls(stage) / per));
		}
		return table.toString();
	}

	private Frame begin() {
		Frame frame = new Frame(THREADS.getCurrentThreadCpuTime(), THREADS.getCurrentThreadAllocatedBytes());
		this.frames.get().push(frame);
		return frame;
	}

	private void end(IngestionStage stage, Frame frame) {
		long cpu = THREADS.getCurrentThreadCpuTime() - frame.cpuStart;
		long allocated = THREADS.getCurrentThreadAllocatedBytes() - frame.allocatedStart;
		Deque<Frame> stack = this.frames.get();
		stack.pop();
		Totals stageTotals = this.totals.get(stage);
		stageTotals.cpuNanos.add(cpu - frame.nestedCpu);
		stageTotals.allocatedBytes.add(allocated - frame.nestedAllocated);
		stageTotals.calls.increment();
		Frame parent = stack.peek();
		if (parent != null) {
			parent.nestedCpu += cpu;
			parent.nestedAllocated += allocated;
		}
	}

	/** A stage under way on this thread. */
	private static final class Frame {

		private final long cpuStart;

		private final long allocatedStart;

		private long nestedCpu;

		private long nestedAllocated;

		Frame(long cpuStart, long allocatedStart) {
			this.cpuStart = cpuStart;
			this.allocatedStart = allocatedStart;
		}

	}

	/** What a stage has cost so far. */
	private static final class Totals {

		private final LongAdder cpuNanos = new LongAdder();

		private final LongAdder allocatedBytes = new LongAdder();

		private final LongAdder calls = new LongAdder();

	}

}
