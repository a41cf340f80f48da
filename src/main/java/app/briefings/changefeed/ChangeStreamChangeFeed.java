package app.briefings.changefeed;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import app.briefings.briefing.BriefingFields;
import app.briefings.changefeed.BriefingChangesMissed.Reason;
import com.mongodb.MongoException;
import com.mongodb.client.MongoChangeStreamCursor;
import com.mongodb.client.model.changestream.ChangeStreamDocument;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;

/**
 * The change feed of an instance among many: a MongoDB change stream on the
 * {@code briefings} collection, read by one background thread that publishes a
 * {@link BriefingChanged} for every insert, update or replace. The thread keeps the
 * stream's position (the cursor's post-batch resume token, so a quiet collection's
 * position stays fresh) and resumes from it after failures, backing off while they
 * repeat. After an {@code invalidate} it begins again just after it ({@code startAfter});
 * when the position is lost (ChangeStreamHistoryLost) it begins at the present. In both
 * cases changes may have been missed, so it publishes {@link BriefingChangesMissed} once
 * the new stream has begun. A failing listener is logged and skipped; only a stop or an
 * {@link Error} ends the thread, and {@link #isRunning()} then says so.
 */
class ChangeStreamChangeFeed implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(ChangeStreamChangeFeed.class);

	static final Duration IDLE_PAUSE = Duration.ofMillis(100);

	static final Duration FIRST_BACKOFF = Duration.ofMillis(500);

	static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

	/**
	 * Server errors after which the stream cannot resume from its position:
	 * ChangeStreamHistoryLost, ChangeStreamFatalError and InvalidResumeToken.
	 */
	private static final Set<Integer> POSITION_LOST = Set.of(286, 280, 260);

	private final ChangeStreamOpener streams;

	private final ApplicationEventPublisher events;

	private final boolean active;

	private final Sleeper sleeper;

	private volatile boolean running;

	private volatile boolean stopRequested;

	private @Nullable Thread reader;

	private StreamStart nextStart = StreamStart.now();

	private @Nullable Reason missed;

	private Duration backoff = FIRST_BACKOFF;

	ChangeStreamChangeFeed(ChangeStreamOpener streams, ApplicationEventPublisher events, boolean active,
			Sleeper sleeper) {
		this.streams = streams;
		this.events = events;
		this.active = active;
		this.sleeper = sleeper;
	}

	@Override
	public void start() {
		if (!this.active) {
			return;
		}
		this.stopRequested = false;
		this.running = true;
		Thread thread = new Thread(this::readUntilStopped, "briefings-change-stream");
		thread.setDaemon(true);
		this.reader = thread;
		thread.start();
	}

	@Override
	public void stop() {
		this.stopRequested = true;
		this.running = false;
		Thread thread = this.reader;
		if (thread != null) {
			thread.interrupt();
		}
	}

	/** Whether the reader thread is alive and reading: false once it has ended. */
	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void readUntilStopped() {
		try {
			while (!this.stopRequested) {
				readOnce();
			}
		}
		finally {
			this.running = false;
			if (!this.stopRequested) {
				logger.error("The change feed stopped reading: no live update or search index change arrives on "
						+ "this instance until it restarts");
			}
		}
	}

	private void readOnce() {
		try {
			readStream();
		}
		catch (MongoException ex) {
			if (this.stopRequested) {
				return;
			}
			if (POSITION_LOST.contains(ex.getCode()) && this.nextStart.token() != null) {
				logger.warn("Change stream position lost ({}); beginning at the present, changes since may be missed",
						ex.getMessage());
				beginAgain(StreamStart.now(), Reason.HISTORY_LOST);
				return;
			}
			backOff(ex);
		}
		catch (RuntimeException ex) {
			if (!this.stopRequested) {
				backOff(ex);
			}
		}
	}

	/**
	 * Reads until the stream ends (invalidated or closed by the server) or the feed
	 * stops.
	 */
	private void readStream() {
		try (MongoChangeStreamCursor<ChangeStreamDocument<Document>> cursor = this.streams.open(this.nextStart)) {
			publishMissed();
			while (!this.stopRequested) {
				ChangeStreamDocument<Document> change = cursor.tryNext();
				this.backoff = FIRST_BACKOFF;
				keepPosition(cursor.getResumeToken());
				if (change == null) {
					pause(IDLE_PAUSE);
					if (cursor.getServerCursor() == null) {
						return;
					}
					continue;
				}
				if ("invalidate".equals(change.getOperationTypeString())) {
					logger.warn("The briefings collection was dropped or renamed; reading on after it");
					beginAgain(StreamStart.startAfter(change.getResumeToken()), Reason.COLLECTION_REPLACED);
					return;
				}
				publish(change.getDocumentKey());
			}
		}
	}

	private void keepPosition(@Nullable BsonDocument postBatchToken) {
		if (postBatchToken != null) {
			this.nextStart = StreamStart.resumeAfter(postBatchToken);
		}
	}

	private void beginAgain(StreamStart start, Reason reason) {
		this.nextStart = start;
		this.missed = reason;
	}

	private void publishMissed() {
		Reason reason = this.missed;
		if (reason == null) {
			return;
		}
		this.missed = null;
		deliver(new BriefingChangesMissed(reason), "the missed changes");
	}

	private void publish(@Nullable BsonDocument documentKey) {
		BsonValue id = (documentKey != null) ? documentKey.get(BriefingFields.ID) : null;
		if (id != null && id.isString()) {
			String briefingId = id.asString().getValue();
			deliver(new BriefingChanged(briefingId), "briefing " + briefingId);
			deliver(new BriefingsChanged(List.of(briefingId)), "briefing " + briefingId);
		}
	}

	private void deliver(Object event, String subject) {
		try {
			this.events.publishEvent(event);
		}
		catch (RuntimeException ex) {
			logger.warn("A change feed listener failed on {}; reading on", subject, ex);
		}
	}

	private void backOff(RuntimeException ex) {
		logger.warn("Change stream interrupted ({}); retrying in {} ms", ex.getMessage(), this.backoff.toMillis());
		pause(this.backoff);
		this.backoff = min(this.backoff.multipliedBy(2), MAX_BACKOFF);
	}

	private void pause(Duration duration) {
		try {
			this.sleeper.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.stopRequested = true;
		}
	}

	/**
	 * Waits between reads and retries; tests pass one that records instead of waiting.
	 */
	@FunctionalInterface
	interface Sleeper {

		Sleeper THREAD = (duration) -> Thread.sleep(duration.toMillis());

		void sleep(Duration duration) throws InterruptedException;

	}

	private static Duration min(Duration a, Duration b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

}
