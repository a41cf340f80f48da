package app.briefings.sync;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import app.briefings.briefing.FeedCriteria;
import app.briefings.graphql.node.GlobalId;
import app.briefings.graphql.paging.Edge;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;

import org.springframework.security.core.Authentication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The seam between replaying missed changes and following live ones. Another instance
 * logs changes while each replay page is read, one of them committed after a later one,
 * and the live tail is polled at those moments, so the same changes reach the subscriber
 * both ways; it must get every change after its token exactly once, in log order.
 */
class ResumableChangesTests {

	private final ChangeLogFixture fixture = new ChangeLogFixture();

	@AfterEach
	void stopServer() {
		this.fixture.close();
	}

	@Test
	void shouldReplayThenGoLiveWithoutGapOrRepeatWhileChangesArePublishedDuringTheReplay() {
		ChangeLogFixture.Instance writer = this.fixture.instance(1000);
		ChangeLogFixture.Instance subscribed = this.fixture.instance(1000);
		writer.log().record(List.of(published("before")));
		SyncToken token = SyncToken.decode(subscribed.changes().page(null, 100, FeedCriteria.NONE, null).syncToken());
		for (int batch = 0; batch < 25; batch++) {
			List<BriefingChangeLog.Change> changes = new ArrayList<>();
			for (int index = 0; index < 10; index++) {
				changes.add(published("missed-" + batch + "-" + index));
			}
			writer.log().record(changes);
		}
		ChangeLogTail tail = new ChangeLogTail(subscribed.reader(), subscribed.sequences(), subscribed.changes(),
				Duration.ofHours(1), new ReplayWindow(0, 0));
		AtomicInteger pagesRead = new AtomicInteger();
		BriefingChanges publishingDuringReplay = new BriefingChanges(subscribed.reader(), subscribed.briefings(),
				subscribed.readers(), 1000) {

			@Override
			BriefingChangeConnection page(@Nullable SyncToken after, int first, FeedCriteria criteria,
					@Nullable Authentication caller) {
				int page = pagesRead.incrementAndGet();
				SequenceReservations.Reservation slow = writer.sequences().reserve(1);
				writer.log().record(List.of(published("during-" + page)));
				tail.poll();
				BriefingChangeConnection read = super.page(after, first, criteria, caller);
				writer.log().write(slow, List.of(published("slow-" + page)));
				writer.log().record(List.of(published("after-" + page)));
				tail.poll();
				return read;
			}

		};
		ResumableChanges resumable = new ResumableChanges(tail, publishingDuringReplay, 10_000);
		List<String> received = new CopyOnWriteArrayList<>();
		List<String> cursors = new CopyOnWriteArrayList<>();

		Disposable subscription = resumable.after(token, FeedCriteria.NONE, null).subscribe((edge) -> {
			received.add(storedId(edge));
			cursors.add(edge.cursor());
		});
		try {
			await().atMost(Duration.ofSeconds(30))
				.until(() -> pagesRead.get() > 1 && received.contains("after-" + pagesRead.get()));
			writer.log().record(List.of(published("live-1"), published("live-2")));
			tail.poll();
			await().atMost(Duration.ofSeconds(30)).until(() -> received.contains("live-2"));
		}
		finally {
			subscription.dispose();
			resumable.destroy();
		}

		List<String> logged = everythingAfter(subscribed, token);
		assertThat(pagesRead.get()).isGreaterThanOrEqualTo(3);
		assertThat(received).containsExactlyElementsOf(logged).doesNotHaveDuplicates();
		assertThat(cursors).doesNotHaveDuplicates();
		assertThat(received).contains("during-1", "slow-1", "after-1", "during-2", "slow-2", "after-2", "live-1")
			.doesNotContain("before")
			.hasSize(250 + 3 * pagesRead.get() + 2);
	}

	@Test
	void shouldSendOnlyChangesLoggedAfterSubscribingWithoutAToken() {
		ChangeLogFixture.Instance instance = this.fixture.instance(1000);
		instance.log().record(List.of(published("earlier")));
		ChangeLogTail tail = new ChangeLogTail(instance.reader(), instance.sequences(), instance.changes(),
				Duration.ofHours(1), new ReplayWindow(10_000, Long.MAX_VALUE));
		ResumableChanges resumable = new ResumableChanges(tail, instance.changes(), 10_000);
		List<String> received = new CopyOnWriteArrayList<>();

		Disposable subscription = resumable.after(null, FeedCriteria.NONE, null)
			.subscribe((edge) -> received.add(storedId(edge)));
		try {
			instance.log().record(List.of(published("later")));
			tail.poll();
			await().atMost(Duration.ofSeconds(30)).until(() -> received.contains("later"));
		}
		finally {
			subscription.dispose();
			resumable.destroy();
		}

		assertThat(received).containsExactly("later");
	}

	@Test
	void shouldHoldLittleMemoryForTheLiveChangesOfAFollowerThatWaitsForNone() {
		ChangeLogFixture.Instance instance = this.fixture.instance(1000);
		ChangeLogTail tail = new ChangeLogTail(instance.reader(), instance.sequences(), instance.changes(),
				Duration.ofHours(1), new ReplayWindow(10_000, Long.MAX_VALUE));
		ResumableChanges resumable = new ResumableChanges(tail, instance.changes(), 10_000);
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		long thread = Thread.currentThread().getId();
		List<Disposable> followers = new ArrayList<>();
		try {
			followers.add(resumable.after(null, FeedCriteria.NONE, null).subscribe());
			long before = threads.getThreadAllocatedBytes(thread);
			for (int follower = 0; follower < 100; follower++) {
				followers.add(resumable.after(null, FeedCriteria.NONE, null).subscribe());
			}
			long perFollower = (threads.getThreadAllocatedBytes(thread) - before) / 100;
			assertThat(perFollower).isLessThan(16_384);
		}
		finally {
			followers.forEach(Disposable::dispose);
			resumable.destroy();
		}
	}

	private static List<String> everythingAfter(ChangeLogFixture.Instance instance, SyncToken token) {
		List<String> ids = new ArrayList<>();
		BriefingChangeConnection page = instance.changes().page(token, 100, FeedCriteria.NONE, null);
		ids.addAll(page.edges().stream().map(ResumableChangesTests::storedId).toList());
		while (page.pageInfo().hasNextPage()) {
			page = instance.changes().page(SyncToken.decode(page.syncToken()), 100, FeedCriteria.NONE, null);
			ids.addAll(page.edges().stream().map(ResumableChangesTests::storedId).toList());
		}
		return ids;
	}

	private static String storedId(Edge<BriefingChange> edge) {
		return GlobalId.decode(edge.node().briefingId(), "Briefing");
	}

	private static BriefingChangeLog.Change published(String id) {
		return new BriefingChangeLog.Change(id, BriefingChangeKind.PUBLISHED, 1);
	}

}
