package app.briefings.sync;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import app.briefings.briefing.Briefing;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Follows the change log for this instance's live subscribers: one thread reads the
 * entries any instance logged, in sequence order and only below the watermark, as soon as
 * this instance logs changes and on a short timer for those logged by other instances,
 * reads their briefings once and hands each batch to every follower. What it read stays
 * in a bounded {@link ReplayWindow}, so followers resuming from a recent token replay
 * from memory: the first of them whose token lies before the window reads the missing
 * entries once for all. With no followers it reads nothing; the first follower after a
 * pause catches up from where it stopped (or, past the window's bound, starts at the
 * watermark) before anything is replayed, which is what makes the seam between replay and
 * live exact.
 */
class ChangeLogTail implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(ChangeLogTail.class);

	private static final int BATCH = 500;

	private static final long UNKNOWN = -1;

	private final ChangeLogReader reader;

	private final SequenceReservations sequences;

	private final BriefingChanges changes;

	private final Duration pollInterval;

	private final ReplayWindow window;

	private volatile Sinks.Many<LiveBatch> batches = Sinks.many().multicast().directBestEffort();

	private final AtomicBoolean pollQueued = new AtomicBoolean();

	private long position = UNKNOWN;

	private int followers;

	private @Nullable ScheduledExecutorService thread;

	ChangeLogTail(ChangeLogReader reader, SequenceReservations sequences, BriefingChanges changes,
			Duration pollInterval, ReplayWindow window) {
		this.reader = reader;
		this.sequences = sequences;
		this.changes = changes;
		this.pollInterval = pollInterval;
		this.window = window;
	}

	/**
	 * Registers a follower, which must already listen to {@link #batches()}: from now on
	 * every entry logged after the returned position reaches it there. With a token that
	 * the window holds or can be extended back to, the entries after it come from memory.
	 * @throws SyncTokenExpiredException when entries after the token were pruned
	 */
	synchronized Start follow(@Nullable SyncToken after) {
		this.followers++;
		try {
			if (this.followers == 1) {
				catchUp();
			}
			return startAfter(after);
		}
		catch (RuntimeException ex) {
			this.followers--;
			throw ex;
		}
	}

	synchronized void unfollow() {
		this.followers--;
	}

	/** The entries logged after the first follower arrived, batch by batch. */
	Flux<LiveBatch> batches() {
		return this.batches.asFlux();
	}

	/** Reads the log soon: this instance has just logged changes. */
	void wake() {
		ScheduledExecutorService executor = this.thread;
		if (executor != null && this.pollQueued.compareAndSet(false, true)) {
			executor.execute(this::poll);
		}
	}

	/** Reads and hands out everything logged since the last read. */
	synchronized void poll() {
		this.pollQueued.set(false);
		if (this.followers == 0 || this.position == UNKNOWN) {
			return;
		}
		try {
			readToWatermark();
		}
		catch (RuntimeException ex) {
			logger.warn("Could not read the briefing change log for live subscribers: {}", ex.toString());
		}
	}

	private void catchUp() {
		SequenceReservations.Watermark watermark = this.sequences.watermark();
		boolean resumable = this.position != UNKNOWN && this.position >= watermark.prunedThrough()
				&& watermark.readable() - this.position <= this.window.maxEntries();
		if (!resumable) {
			this.position = watermark.readable();
			this.window.restartAt(this.position);
			this.window.forgetThrough(watermark.prunedThrough());
			return;
		}
		readToWatermark();
	}

	private void readToWatermark() {
		boolean more = true;
		while (more) {
			ChangeLogReader.Batch batch = this.reader.read(new SyncToken(this.position), BATCH);
			Map<String, Briefing> briefings = this.changes.storedBriefings(batch.entries());
			this.window.append(batch.entries(), briefings, batch.through());
			this.window.forgetThrough(batch.prunedThrough());
			if (!batch.entries().isEmpty()) {
				this.batches.tryEmitNext(new LiveBatch(batch.entries(), briefings));
			}
			this.position = batch.through();
			more = batch.more();
		}
	}

	private Start startAfter(@Nullable SyncToken after) {
		if (after == null) {
			return new Start(null, this.position);
		}
		long token = after.sequence();
		if (!this.window.covers(token) && this.window.couldReach(token)) {
			extendBack(token);
		}
		if (this.window.covers(token)) {
			return new Start(this.window.after(token), this.position);
		}
		return new Start(null, this.position);
	}

	/**
	 * Reads the entries between the token and the window's oldest, page by page, and adds
	 * them to the window at once.
	 */
	private void extendBack(long token) {
		long until = Math.min(this.window.from(), this.window.through());
		List<ChangeEntry> older = new ArrayList<>();
		Map<String, Briefing> briefings = new HashMap<>();
		long next = token;
		boolean more = next < until;
		while (more) {
			ChangeLogReader.Batch batch = this.reader.read(new SyncToken(next), BATCH);
			List<ChangeEntry> page = new ArrayList<>();
			for (ChangeEntry entry : batch.entries()) {
				if (entry.sequence() <= until) {
					page.add(entry);
				}
			}
			older.addAll(page);
			briefings.putAll(this.changes.storedBriefings(page));
			next = Math.min(batch.through(), until);
			more = batch.more() && next < until;
		}
		this.window.prepend(older, briefings, token);
	}

	@Override
	public void start() {
		ScheduledExecutorService executor = Executors
			.newSingleThreadScheduledExecutor(new CustomizableThreadFactory("sync-tail-"));
		long period = this.pollInterval.toMillis();
		executor.scheduleWithFixedDelay(this::poll, period, period, TimeUnit.MILLISECONDS);
		this.thread = executor;
	}

	@Override
	public void stop() {
		ScheduledExecutorService executor = this.thread;
		if (executor != null) {
			executor.shutdownNow();
			this.thread = null;
		}
		// Followers of now are ended; those after a restart (a context stopped and
		// started
		// again, as a paused test context is) need a stream that is not already complete.
		Sinks.Many<LiveBatch> ended = this.batches;
		this.batches = Sinks.many().multicast().directBestEffort();
		ended.tryEmitComplete();
	}

	@Override
	public boolean isRunning() {
		return this.thread != null;
	}

	/** Consecutive log entries with their briefings as stored when they were read. */
	record LiveBatch(List<ChangeEntry> entries, Map<String, Briefing> briefings) {

	}

	/**
	 * Where a follower starts.
	 *
	 * @param replay the entries after its token, from the window; null when it has no
	 * token or the window cannot hold what it missed, so it reads the log itself
	 * @param position live entries after this sequence number reach it as batches
	 */
	record Start(ReplayWindow.@Nullable Replay replay, long position) {

	}

}
