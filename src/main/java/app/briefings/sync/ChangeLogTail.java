package app.briefings.sync;

import java.time.Duration;
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
 * reads their briefings once and hands each batch to every follower. With no followers it
 * reads nothing and forgets its position; the first follower sets it to the watermark
 * before it replays anything, which is what makes the seam between replay and live exact.
 */
class ChangeLogTail implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(ChangeLogTail.class);

	private static final int BATCH = 500;

	private static final long UNKNOWN = -1;

	private final ChangeLogReader reader;

	private final SequenceReservations sequences;

	private final BriefingChanges changes;

	private final Duration pollInterval;

	private final Sinks.Many<LiveBatch> batches = Sinks.many().multicast().directBestEffort();

	private final AtomicBoolean pollQueued = new AtomicBoolean();

	private long position = UNKNOWN;

	private int followers;

	private @Nullable ScheduledExecutorService thread;

	ChangeLogTail(ChangeLogReader reader, SequenceReservations sequences, BriefingChanges changes,
			Duration pollInterval) {
		this.reader = reader;
		this.sequences = sequences;
		this.changes = changes;
		this.pollInterval = pollInterval;
	}

	/**
	 * Registers a follower, before it reads anything of the log: from now on every entry
	 * logged reaches {@link #batches()}.
	 */
	synchronized void follow() {
		this.followers++;
		if (this.position == UNKNOWN) {
			this.position = this.sequences.watermark().readable();
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
		if (this.followers == 0) {
			this.position = UNKNOWN;
			return;
		}
		try {
			boolean more = true;
			while (more) {
				ChangeLogReader.Batch batch = this.reader.read(new SyncToken(this.position), BATCH);
				if (!batch.entries().isEmpty()) {
					Map<String, Briefing> briefings = this.changes.storedBriefings(batch.entries());
					this.batches.tryEmitNext(new LiveBatch(batch.entries(), briefings));
				}
				this.position = batch.through();
				more = batch.more();
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Could not read the briefing change log for live subscribers: {}", ex.toString());
		}
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
		this.batches.tryEmitComplete();
	}

	@Override
	public boolean isRunning() {
		return this.thread != null;
	}

	/** Consecutive log entries with their briefings as stored when they were read. */
	record LiveBatch(List<ChangeEntry> entries, Map<String, Briefing> briefings) {

	}

}
