package app.briefings.live;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingRepository;
import app.briefings.briefing.BriefingStatus;
import app.briefings.briefing.DateSource;
import app.briefings.briefing.FeedCriteria;
import app.briefings.briefing.Source;
import app.briefings.changefeed.BriefingChanged;
import app.briefings.changefeed.BriefingChangesMissed.Reason;
import app.briefings.changefeed.BriefingChangesMissed;
import app.briefings.graphql.error.ErrorCode;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * Live delivery happens off the ingesting threads: a subscriber that blocks or reads
 * nothing never holds up or fails a write, and an overflowing subscriber is ended with
 * {@code SLOW_CONSUMER} in one log line.
 */
class BriefingBroadcasterTests {

	private static final int BUFFER = 4;

	private final BriefingRepository repository = mock(BriefingRepository.class);

	private final BriefingBroadcaster broadcaster = new BriefingBroadcaster(this.repository,
			new LiveProperties(BUFFER, 1000, 2));

	private final ListAppender<ILoggingEvent> log = new ListAppender<>();

	@BeforeEach
	void storeEveryBriefingAsPublished() {
		given(this.repository.findById(anyString()))
			.willAnswer((invocation) -> Optional.of(briefing(invocation.getArgument(0))));
		this.log.start();
		((Logger) LoggerFactory.getLogger(BriefingBroadcaster.class)).addAppender(this.log);
	}

	@AfterEach
	void stop() {
		((Logger) LoggerFactory.getLogger(BriefingBroadcaster.class)).detachAppender(this.log);
		this.broadcaster.destroy();
	}

	@Test
	void shouldReturnToTheIngestingThreadsWhileASubscriberIsStillBusyWithAnEvent() throws Exception {
		BriefingBroadcaster roomy = new BriefingBroadcaster(this.repository, new LiveProperties(1000, 1000, 2));
		CountDownLatch release = new CountDownLatch(1);
		List<String> received = new CopyOnWriteArrayList<>();
		roomy.published(FeedCriteria.NONE).subscribe((briefing) -> {
			awaitQuietly(release);
			received.add(briefing.id());
		});
		try {
			CompletableFuture<Void> first = CompletableFuture.runAsync(() -> publish(roomy, 0, 50));
			CompletableFuture<Void> second = CompletableFuture.runAsync(() -> publish(roomy, 50, 100));
			CompletableFuture.allOf(first, second).get(10, TimeUnit.SECONDS);
			assertThat(received).isEmpty();
			release.countDown();
			await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 100);
		}
		finally {
			release.countDown();
			roomy.destroy();
		}
	}

	@Test
	void shouldEndASubscriberThatReadsNothingWithSlowConsumerWhileOthersGetEveryEvent() {
		StalledSubscriber<Briefing> stalled = new StalledSubscriber<>();
		this.broadcaster.published(FeedCriteria.NONE).subscribe(stalled);
		List<String> received = new CopyOnWriteArrayList<>();
		this.broadcaster.published(FeedCriteria.NONE).subscribe((briefing) -> received.add(briefing.id()));
		publishEachOnceReceived(50, received);
		await().atMost(Duration.ofSeconds(10)).until(() -> stalled.error() != null);
		assertThat(received).first().isEqualTo("b-0");
		assertThat(received).last().isEqualTo("b-49");
		assertThat(stalled.error()).isInstanceOfSatisfying(SlowConsumerException.class,
				(ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.SLOW_CONSUMER));
		assertThat(this.log.list).hasSize(1);
		assertThat(this.log.list.get(0).getFormattedMessage()).contains("SLOW_CONSUMER");
		assertThat(this.log.list.get(0).getThrowableProxy()).isNull();
	}

	@Test
	void shouldStopFanningOutToASubscriberOnceItWasEnded() {
		StalledSubscriber<Briefing> stalled = new StalledSubscriber<>();
		this.broadcaster.published(FeedCriteria.NONE).subscribe(stalled);
		List<String> received = new CopyOnWriteArrayList<>();
		this.broadcaster.published(FeedCriteria.NONE).subscribe((briefing) -> received.add(briefing.id()));
		publishEachOnceReceived(50, received);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.broadcaster.subscribers() == 1);
	}

	@Test
	void shouldNotReadTheBriefingWhenNobodyListens() {
		this.broadcaster.on(new BriefingChanged("b-1"));
		verifyNoInteractions(this.repository);
	}

	@Test
	void shouldNoteEachTimeTheChangeFeedMayHaveMissedChanges() {
		this.broadcaster.on(new BriefingChangesMissed(Reason.HISTORY_LOST));
		assertThat(this.broadcaster.missedChangeGaps()).isEqualTo(1);
		assertThat(this.log.list).singleElement()
			.satisfies((event) -> assertThat(event.getFormattedMessage()).contains("may have missed", "HISTORY_LOST"));
	}

	/**
	 * Publishes one event at a time, each once the reading subscriber has it, so that
	 * only a subscriber that reads nothing can overflow.
	 */
	private void publishEachOnceReceived(int count, List<String> received) {
		for (int i = 0; i < count; i++) {
			this.broadcaster.on(new BriefingChanged("b-" + i));
			int expected = i + 1;
			await().pollInterval(Duration.ofMillis(1))
				.atMost(Duration.ofSeconds(10))
				.until(() -> received.size() == expected);
		}
	}

	private static void publish(BriefingBroadcaster broadcaster, int from, int to) {
		for (int i = from; i < to; i++) {
			broadcaster.on(new BriefingChanged("b-" + i));
		}
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static Briefing briefing(String id) {
		Instant now = Instant.now();
		return new Briefing(id, "d-1", 0, "Lavrov on the CSTO", "Sergey Lavrov spoke.", null, now, DateSource.DOCUMENT,
				"en", new Source("Wire", null, null), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of(), "test", BriefingStatus.PUBLISHED, now);
	}

}
