package app.briefings.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * Combines the changes of callers that log at the same time into one write (group
 * commit): a caller queues its changes and, when no write is running, writes everything
 * queued in one go; a caller whose changes another caller is writing waits for that write
 * and returns, or throws, with it. Every caller returns only after its own changes are
 * written, so a write that is acknowledged is still one that is logged; what changes is
 * that callers arriving during a write share the next one instead of each paying for a
 * reservation, an insert and a release.
 */
final class ChangeBatches {

	private final Consumer<List<BriefingChangeLog.Change>> writer;

	private final Object lock = new Object();

	private final List<Queued> queue = new ArrayList<>();

	private boolean writing;

	ChangeBatches(Consumer<List<BriefingChangeLog.Change>> writer) {
		this.writer = writer;
	}

	/**
	 * Writes these changes, in this order, alone or together with those of other callers.
	 */
	void write(List<BriefingChangeLog.Change> changes) {
		Queued mine = new Queued(List.copyOf(changes));
		List<Queued> batch;
		synchronized (this.lock) {
			this.queue.add(mine);
			awaitTurn(mine);
			if (mine.done) {
				mine.rethrow();
				return;
			}
			this.writing = true;
			batch = List.copyOf(this.queue);
			this.queue.clear();
		}
		RuntimeException failure = new IllegalStateException("Logging the briefing changes failed");
		try {
			this.writer.accept(changesOf(batch));
			failure = null;
		}
		catch (RuntimeException ex) {
			failure = ex;
		}
		finally {
			finish(batch, failure);
		}
		mine.rethrow();
	}

	/**
	 * Waits while another caller writes. A caller interrupted while its changes are still
	 * queued takes them back and throws; one whose changes are being written waits for
	 * the outcome and keeps the interrupt for later.
	 */
	private void awaitTurn(Queued mine) {
		boolean interrupted = false;
		while (this.writing && !mine.done) {
			try {
				this.lock.wait();
			}
			catch (InterruptedException ex) {
				interrupted = true;
				if (this.queue.remove(mine)) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException(
							"Interrupted before its " + mine.changes.size() + " briefing changes were logged", ex);
				}
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	private void finish(List<Queued> batch, @Nullable RuntimeException failure) {
		synchronized (this.lock) {
			for (Queued queued : batch) {
				queued.done = true;
				queued.failure = failure;
			}
			this.writing = false;
			this.lock.notifyAll();
		}
	}

	private static List<BriefingChangeLog.Change> changesOf(List<Queued> batch) {
		List<BriefingChangeLog.Change> changes = new ArrayList<>();
		for (Queued queued : batch) {
			changes.addAll(queued.changes);
		}
		return changes;
	}

	/** One caller's changes, and how their write ended once it has. */
	private static final class Queued {

		private final List<BriefingChangeLog.Change> changes;

		private boolean done;

		private @Nullable RuntimeException failure;

		Queued(List<BriefingChangeLog.Change> changes) {
			this.changes = changes;
		}

		void rethrow() {
			if (this.failure != null) {
				throw this.failure;
			}
		}

	}

}
