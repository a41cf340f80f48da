package app.briefings.changefeed;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.mongodb.MongoException;
import com.mongodb.client.MongoChangeStreamCursor;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.changestream.ChangeStreamDocument;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * The change feed of an instance among many: a MongoDB change stream on the
 * {@code briefings} collection, read by one background thread that publishes a
 * {@link BriefingChanged} for every insert, update or replace. It resumes after failures
 * from the last resume token it saw, so a brief outage loses no change that the oplog
 * still holds.
 */
class ChangeStreamChangeFeed implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(ChangeStreamChangeFeed.class);

	private static final Duration AWAIT = Duration.ofSeconds(1);

	private static final Duration IDLE_PAUSE = Duration.ofMillis(100);

	private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

	private final MongoOperations mongo;

	private final ApplicationEventPublisher events;

	private final boolean active;

	private volatile boolean running;

	private @Nullable Thread reader;

	private @Nullable BsonDocument resumeToken;

	ChangeStreamChangeFeed(MongoOperations mongo, ApplicationEventPublisher events, boolean active) {
		this.mongo = mongo;
		this.events = events;
		this.active = active;
	}

	@Override
	public void start() {
		if (!this.active) {
			return;
		}
		this.running = true;
		Thread thread = new Thread(this::readUntilStopped, "briefings-change-stream");
		thread.setDaemon(true);
		this.reader = thread;
		thread.start();
	}

	@Override
	public void stop() {
		this.running = false;
		Thread thread = this.reader;
		if (thread != null) {
			thread.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void readUntilStopped() {
		Duration backoff = Duration.ofMillis(500);
		while (this.running) {
			try {
				readStream();
				backoff = Duration.ofMillis(500);
			}
			catch (MongoException ex) {
				if (!this.running) {
					return;
				}
				logger.warn("Change stream interrupted ({}); retrying in {} ms", ex.getMessage(), backoff.toMillis());
				pause(backoff);
				backoff = min(backoff.multipliedBy(2), MAX_BACKOFF);
			}
		}
	}

	private void readStream() {
		try (MongoChangeStreamCursor<ChangeStreamDocument<Document>> cursor = openCursor()) {
			while (this.running) {
				ChangeStreamDocument<Document> change = cursor.tryNext();
				if (change == null) {
					pause(IDLE_PAUSE);
					continue;
				}
				this.resumeToken = change.getResumeToken();
				publish(change.getDocumentKey());
			}
		}
	}

	private MongoChangeStreamCursor<ChangeStreamDocument<Document>> openCursor() {
		var stream = this.mongo.getCollection("briefings")
			.watch(List.of(Aggregates.match(Filters.in("operationType", "insert", "update", "replace"))))
			.maxAwaitTime(AWAIT.toMillis(), TimeUnit.MILLISECONDS);
		if (this.resumeToken != null) {
			stream = stream.resumeAfter(this.resumeToken);
		}
		return stream.cursor();
	}

	private void publish(@Nullable BsonDocument documentKey) {
		BsonValue id = (documentKey != null) ? documentKey.get("_id") : null;
		if (id != null && id.isString()) {
			this.events.publishEvent(new BriefingChanged(id.asString().getValue()));
		}
	}

	private void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.running = false;
		}
	}

	private static Duration min(Duration a, Duration b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

}
