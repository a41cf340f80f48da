package app.briefings.changefeed;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Callable;

import app.briefings.changefeed.BriefingChangesMissed.Reason;
import com.mongodb.MongoSocketReadException;
import com.mongodb.ServerAddress;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessResourceFailureException;

import static app.briefings.changefeed.ScriptedChangeStreams.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The reader loop of the change-stream feed against scripted cursors: what it does on an
 * {@code invalidate}, on lost history, on a quiet stream, on failing listeners and on
 * repeated failures, none of which the embedded server can produce.
 */
class ChangeStreamChangeFeedTests {

	private final List<Object> published = new CopyOnWriteArrayList<>();

	private final List<Duration> backoffs = new CopyOnWriteArrayList<>();

	private ChangeStreamChangeFeed feed;

	@AfterEach
	void stopFeed() {
		if (this.feed != null) {
			this.feed.stop();
		}
	}

	@Test
	void shouldReopenAfterAnInvalidateStartingAfterIt() {
		BsonDocument invalidated = token("invalidate");
		ScriptedChangeStreams streams = new ScriptedChangeStreams()
			.then(new ScriptedCursor().change("b-1", token("1")).invalidate(invalidated))
			.then(new ScriptedCursor().change("b-2", token("2")));
		start(streams, this::record);
		awaitUntil(() -> this.published.contains(new BriefingChanged("b-2")));
		assertThat(streams.starts()).containsExactly(StreamStart.now(), StreamStart.startAfter(invalidated));
		assertThat(this.published).containsExactly(new BriefingChanged("b-1"),
				new BriefingChangesMissed(Reason.COLLECTION_REPLACED), new BriefingChanged("b-2"));
	}

	@Test
	void shouldBeginAtThePresentAndReportMissedChangesWhenTheHistoryIsLost() {
		BsonDocument lost = token("1");
		ScriptedChangeStreams streams = new ScriptedChangeStreams(Set.of(lost))
			.then(new ScriptedCursor().change("b-1", lost).fail(ScriptedChangeStreams.historyLost()))
			.then(new ScriptedCursor().change("b-2", token("2")));
		start(streams, this::record);
		awaitUntil(() -> this.published.contains(new BriefingChanged("b-2")));
		assertThat(streams.starts()).containsExactly(StreamStart.now(), StreamStart.now());
		assertThat(this.published).containsExactly(new BriefingChanged("b-1"),
				new BriefingChangesMissed(Reason.HISTORY_LOST), new BriefingChanged("b-2"));
	}

	@Test
	void shouldBeginAtThePresentWhenTheServerNoLongerHoldsTheTokenToResumeFrom() {
		BsonDocument lost = token("1");
		ScriptedChangeStreams streams = new ScriptedChangeStreams(Set.of(lost))
			.then(new ScriptedCursor().change("b-1", lost).fail(connectionReset()))
			.then(new ScriptedCursor().change("b-2", token("2")));
		start(streams, this::record);
		awaitUntil(() -> this.published.contains(new BriefingChanged("b-2")));
		assertThat(streams.starts()).containsExactly(StreamStart.now(), StreamStart.resumeAfter(lost),
				StreamStart.now());
		assertThat(this.published).containsExactly(new BriefingChanged("b-1"),
				new BriefingChangesMissed(Reason.HISTORY_LOST), new BriefingChanged("b-2"));
	}

	@Test
	void shouldResumeFromThePostBatchTokenOfAQuietStream() {
		ScriptedCursor quiet = new ScriptedCursor().quietBatch(token("quiet-1"))
			.quietBatch(token("quiet-2"))
			.fail(connectionReset());
		ScriptedChangeStreams streams = new ScriptedChangeStreams().then(quiet);
		start(streams, this::record);
		awaitUntil(() -> streams.starts().size() == 2);
		assertThat(streams.starts()).containsExactly(StreamStart.now(), StreamStart.resumeAfter(token("quiet-2")));
		assertThat(this.published).isEmpty();
	}

	@Test
	void shouldPublishEachChangeAlsoAsAGroupOfOne() {
		ScriptedChangeStreams streams = new ScriptedChangeStreams()
			.then(new ScriptedCursor().change("b-1", token("1")).change("b-2", token("2")));
		start(streams, this.published::add);
		awaitUntil(() -> this.published.contains(new BriefingsChanged(List.of("b-2"))));
		assertThat(this.published).containsExactly(new BriefingChanged("b-1"), new BriefingsChanged(List.of("b-1")),
				new BriefingChanged("b-2"), new BriefingsChanged(List.of("b-2")));
	}

	@Test
	void shouldGoOnReadingWhenAListenerFails() {
		ScriptedChangeStreams streams = new ScriptedChangeStreams()
			.then(new ScriptedCursor().change("b-1", token("1")).change("b-2", token("2")));
		start(streams, (event) -> {
			record(event);
			if (event.equals(new BriefingChanged("b-1"))) {
				throw new DataAccessResourceFailureException("No primary during an election");
			}
		});
		awaitUntil(() -> this.published.contains(new BriefingChanged("b-2")));
		assertThat(this.feed.isRunning()).isTrue();
		assertThat(streams.starts()).containsExactly(StreamStart.now());
	}

	@Test
	void shouldSayItIsNotRunningOnceTheReaderThreadHasEnded() {
		ScriptedChangeStreams streams = new ScriptedChangeStreams()
			.then(new ScriptedCursor().change("b-1", token("1")));
		start(streams, (event) -> {
			throw new StackOverflowError("listener recursed without end");
		});
		await().dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(10)).until(() -> !this.feed.isRunning());
	}

	@Test
	void shouldBackOffLongerOnRepeatedFailuresAndStartAgainAfterARead() {
		ScriptedChangeStreams streams = new ScriptedChangeStreams().thenFailToOpen(connectionReset())
			.thenFailToOpen(connectionReset())
			.thenFailToOpen(connectionReset())
			.then(new ScriptedCursor().change("b-1", token("1")).fail(connectionReset()))
			.then(new ScriptedCursor().change("b-2", token("2")));
		start(streams, this::record);
		awaitUntil(() -> this.published.contains(new BriefingChanged("b-2")));
		assertThat(this.backoffs).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000),
				Duration.ofMillis(2000), Duration.ofMillis(500));
	}

	private void start(ScriptedChangeStreams streams, ApplicationEventPublisher events) {
		this.feed = new ChangeStreamChangeFeed(streams, events, true, this::pause);
		this.feed.start();
	}

	/** Records every event but the grouped copies, which one test checks on its own. */
	private void record(Object event) {
		if (!(event instanceof BriefingsChanged)) {
			this.published.add(event);
		}
	}

	/**
	 * Stands in for the feed's pause: it records back-offs and lets no time pass, so the
	 * tests never wait for a back-off to run out.
	 */
	private void pause(Duration duration) {
		if (!duration.equals(ChangeStreamChangeFeed.IDLE_PAUSE)) {
			this.backoffs.add(duration);
		}
		Thread.yield();
	}

	private static MongoSocketReadException connectionReset() {
		return new MongoSocketReadException("Connection reset", new ServerAddress());
	}

	private static void awaitUntil(Callable<Boolean> condition) {
		await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(5)).until(condition);
	}

}
