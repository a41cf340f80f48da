package app.briefings.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingStatus;
import app.briefings.briefing.DateSource;
import app.briefings.briefing.FeedCriteria;
import app.briefings.briefing.Source;
import app.briefings.graphql.error.ApiException;
import app.briefings.graphql.paging.Edge;
import app.briefings.graphql.node.GlobalId;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * Resuming from the live tail's replay window: subscribers whose tokens lie in or near
 * the window share one read of the log and of the briefings; older tokens read the log
 * page by page; pruned tokens end with {@code SYNC_TOKEN_EXPIRED}; and changes logged
 * while the window is filled reach every subscriber once, in log order.
 */
class ReplayWindowResumeTests {

	private final ChangeLogFixture fixture = new ChangeLogFixture();

	private final List<Disposable> subscriptions = new ArrayList<>();

	private final List<ResumableChanges> resumables = new ArrayList<>();

	@AfterEach
	void stop() {
		this.subscriptions.forEach(Disposable::dispose);
		this.resumables.forEach(ResumableChanges::destroy);
		this.fixture.close();
	}

	@Test
	void shouldReplayResumersWithTheSameOrCloseTokensFromOneReadOfTheLog() {
		ChangeLogFixture.Instance instance = this.fixture.instance(1000);
		Resumer resumer = resumer(instance, 10_000);
		instance.log().record(changes("before", 10));
		SyncToken same = currentToken(instance);
		instance.log().record(changes("missed", 20));
		SyncToken close = new SyncToken(same.sequence() + 5);
		clearInvocations(instance.briefings());

		List<List<String>> fromSame = subscribe(resumer, same, 20, FeedCriteria.NONE);
		List<List<String>> fromClose = subscribe(resumer, close, 20, FeedCriteria.NONE);
		await().atMost(Duration.ofSeconds(30)).until(() -> allHave(fromSame, 20) && allHave(fromClose, 15));
		instance.log().record(changes("live", 1));
		resumer.tail().poll();
		await().atMost(Duration.ofSeconds(30)).until(() -> allHave(fromSame, 21) && allHave(fromClose, 16));

		verify(resumer.reader(), times(2)).read(any(), anyInt());
		verify(instance.briefings(), times(2)).findByIdIn(any());
		verify(resumer.changes(), never()).page(any(), anyInt(), any(), any());
		List<String> missed = ids("missed", 20);
		for (List<String> received : fromSame) {
			assertThat(received).containsExactlyElementsOf(with(missed, "live-0"));
		}
		for (List<String> received : fromClose) {
			assertThat(received).containsExactlyElementsOf(with(missed.subList(5, 20), "live-0"));
		}
	}

	@Test
	void shouldReadTheLogPageByPageForATokenOlderThanTheWindow() {
		ChangeLogFixture.Instance instance = this.fixture.instance(1000);
		Resumer resumer = resumer(instance, 50);
		instance.log().record(changes("before", 10));
		SyncToken old = currentToken(instance);
		for (int batch = 0; batch < 6; batch++) {
			instance.log().record(changes("missed-" + batch, 50));
		}
		List<List<String>> early = subscribe(resumer, currentToken(instance), 1, FeedCriteria.NONE);

		List<List<String>> late = subscribe(resumer, old, 1, FeedCriteria.NONE);
		await().atMost(Duration.ofSeconds(30)).until(() -> allHave(late, 300));
		instance.log().record(changes("live", 1));
		resumer.tail().poll();
		await().atMost(Duration.ofSeconds(30)).until(() -> allHave(late, 301) && allHave(early, 1));

		verify(resumer.changes(), atLeast(3)).page(any(), anyInt(), any(), any());
		List<String> expected = new ArrayList<>();
		for (int batch = 0; batch < 6; batch++) {
			expected.addAll(ids("missed-" + batch, 50));
		}
		expected.add("live-0");
		assertThat(late.get(0)).containsExactlyElementsOf(expected);
		assertThat(early.get(0)).containsExactly("live-0");
	}

	@Test
	void shouldEndWithSyncTokenExpiredForATokenOlderThanTheLogKeeps() {
		ChangeLogFixture.Instance instance = this.fixture.instance(1000);
		Resumer resumer = resumer(instance, 10_000);
		List<List<String>> following = subscribe(resumer, null, 1, FeedCriteria.NONE);
		instance.log().record(changes("old", 2));
		resumer.tail().poll();
		SyncToken afterFirst = new SyncToken(currentToken(instance).sequence() - 1);
		this.fixture.clock().advance(Duration.ofDays(31));
		instance.log().record(changes("new", 1));
		instance.pruner().prune();
		resumer.tail().poll();

		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> resumer.resumable().after(afterFirst, FeedCriteria.NONE, null).blockFirst())
			.satisfies((ex) -> assertThat(ex.code().name()).isEqualTo("SYNC_TOKEN_EXPIRED"));
		await().atMost(Duration.ofSeconds(30)).until(() -> allHave(following, 3));
		assertThat(following.get(0)).containsExactly("old-0", "old-1", "new-0");
	}

	@Test
	void shouldHandOverFromTheWindowToLiveWithoutGapOrRepeatWhileChangesArePublished() {
		ChangeLogFixture.Instance writer = this.fixture.instance(1000);
		ChangeLogFixture.Instance subscribed = this.fixture.instance(1000);
		Resumer resumer = resumer(subscribed, 10_000);
		writer.log().record(changes("before", 3));
		SyncToken token = currentToken(subscribed);
		writer.log().record(changes("missed", 30));
		AtomicInteger reads = new AtomicInteger();
		AtomicReference<SequenceReservations.Reservation> slow = new AtomicReference<>();
		doAnswer((call) -> {
			if (reads.incrementAndGet() > 1) {
				return call.callRealMethod();
			}
			slow.set(writer.sequences().reserve(1));
			writer.log().record(changes("during", 2));
			Object read = call.callRealMethod();
			writer.log().write(slow.get(), changes("slow", 1));
			writer.log().record(changes("after", 1));
			return read;
		}).when(resumer.reader()).read(any(), anyInt());

		List<List<String>> first = subscribe(resumer, token, 1, FeedCriteria.NONE);
		await().atMost(Duration.ofSeconds(30)).until(() -> allHave(first, 30));
		resumer.tail().poll();
		await().atMost(Duration.ofSeconds(30)).until(() -> allHave(first, 34));
		List<List<String>> second = subscribe(resumer, token, 1, FeedCriteria.NONE);
		writer.log().record(changes("live", 1));
		resumer.tail().poll();
		await().atMost(Duration.ofSeconds(30)).until(() -> allHave(first, 35) && allHave(second, 35));

		List<String> logged = everythingAfter(subscribed, token);
		assertThat(logged).hasSize(35).contains("slow-0", "during-0", "after-0", "live-0");
		assertThat(first.get(0)).containsExactlyElementsOf(logged);
		assertThat(second.get(0)).containsExactlyElementsOf(logged);
	}

	@Test
	void shouldFilterEachResumerOnItsOwnWhileSharingTheWindow() {
		ChangeLogFixture.Instance instance = this.fixture.instance(1000);
		Resumer resumer = resumer(instance, 10_000);
		instance.log().record(changes("before", 1));
		SyncToken token = currentToken(instance);
		this.fixture.stored().put("ru-1", briefing("ru-1", "ru", BriefingStatus.PUBLISHED));
		this.fixture.stored().put("en-1", briefing("en-1", "en", BriefingStatus.PUBLISHED));
		this.fixture.stored().put("ru-2", briefing("ru-2", "ru", BriefingStatus.RETRACTED));
		instance.log()
			.record(List.of(published("ru-1"), published("en-1"),
					new BriefingChangeLog.Change("ru-2", BriefingChangeKind.RETRACTED, 2)));
		FeedCriteria russian = new FeedCriteria(List.of(), List.of(), List.of(), List.of(), List.of(), null, "ru", null,
				null);
		List<Edge<BriefingChange>> retraction = new CopyOnWriteArrayList<>();

		List<List<String>> filtered = subscribe(resumer, token, 1, russian);
		List<List<String>> everything = subscribe(resumer, token, 1, FeedCriteria.NONE);
		this.subscriptions.add(resumer.resumable()
			.after(new SyncToken(token.sequence() + 2), russian, null)
			.subscribe(retraction::add));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> allHave(filtered, 2) && allHave(everything, 3) && retraction.size() == 1);

		assertThat(filtered.get(0)).containsExactly("ru-1", "ru-2");
		assertThat(everything.get(0)).containsExactly("ru-1", "en-1", "ru-2");
		assertThat(retraction.get(0).node().kind()).isEqualTo(BriefingChangeKind.RETRACTED);
		assertThat(retraction.get(0).node().briefing()).isNull();
	}

	@Test
	void shouldHandResumersOfTheWindowTheSameEdgeForAChangeEveryoneSeesAlike() {
		ChangeLogFixture.Instance instance = this.fixture.instance(1000);
		Resumer resumer = resumer(instance, 10_000);
		instance.log().record(changes("before", 1));
		SyncToken token = currentToken(instance);
		this.fixture.stored().put("seen-1", briefing("seen-1", "en", BriefingStatus.PUBLISHED));
		this.fixture.stored().put("retracted-1", briefing("retracted-1", "en", BriefingStatus.RETRACTED));
		instance.log().record(List.of(published("seen-1"), published("retracted-1")));
		List<Edge<BriefingChange>> first = new CopyOnWriteArrayList<>();
		List<Edge<BriefingChange>> second = new CopyOnWriteArrayList<>();

		this.subscriptions.add(resumer.resumable().after(token, FeedCriteria.NONE, null).subscribe(first::add));
		this.subscriptions.add(resumer.resumable().after(token, FeedCriteria.NONE, null).subscribe(second::add));
		await().atMost(Duration.ofSeconds(30)).until(() -> first.size() == 2 && second.size() == 2);

		assertThat(first).isEqualTo(second);
		assertThat(second.get(0)).isSameAs(first.get(0));
		assertThat(second.get(1)).isNotSameAs(first.get(1));
		assertThat(first.get(0).node().briefing()).isSameAs(this.fixture.stored().get("seen-1"));
	}

	@Test
	void shouldDeliverLiveChangesToFollowersOfATailStoppedAndStartedAgain() {
		ChangeLogFixture.Instance instance = this.fixture.instance(1000);
		Resumer resumer = resumer(instance, 10_000);
		instance.log().record(changes("before", 1));
		resumer.tail().start();
		resumer.tail().stop();
		resumer.tail().start();
		try {
			List<List<String>> live = subscribe(resumer, null, 1, FeedCriteria.NONE);
			instance.log().record(changes("restarted", 1));
			resumer.tail().poll();
			await().atMost(Duration.ofSeconds(30)).until(() -> allHave(live, 1));
			assertThat(live.get(0)).containsExactly("restarted-0");
		}
		finally {
			resumer.tail().stop();
		}
	}

	private Resumer resumer(ChangeLogFixture.Instance instance, int windowEntries) {
		ChangeLogReader reader = spy(instance.reader());
		BriefingChanges changes = spy(new BriefingChanges(reader, instance.briefings(), instance.readers(), 1000));
		ChangeLogTail tail = new ChangeLogTail(reader, instance.sequences(), changes, Duration.ofHours(1),
				new ReplayWindow(windowEntries, Long.MAX_VALUE));
		ResumableChanges resumable = new ResumableChanges(tail, changes, 10_000);
		this.resumables.add(resumable);
		return new Resumer(reader, changes, tail, resumable);
	}

	private List<List<String>> subscribe(Resumer resumer, @Nullable SyncToken token, int count, FeedCriteria criteria) {
		List<List<String>> all = new ArrayList<>();
		for (int index = 0; index < count; index++) {
			List<String> received = new CopyOnWriteArrayList<>();
			this.subscriptions.add(
					resumer.resumable().after(token, criteria, null).subscribe((edge) -> received.add(storedId(edge))));
			all.add(received);
		}
		return all;
	}

	private static boolean allHave(List<List<String>> subscribers, int count) {
		return subscribers.stream().allMatch((received) -> received.size() >= count);
	}

	private static SyncToken currentToken(ChangeLogFixture.Instance instance) {
		return SyncToken.decode(everythingAfterPage(instance, null).syncToken());
	}

	private static BriefingChangeConnection everythingAfterPage(ChangeLogFixture.Instance instance,
			@Nullable SyncToken token) {
		BriefingChangeConnection page = instance.changes().page(token, 100, FeedCriteria.NONE, null);
		while (page.pageInfo().hasNextPage()) {
			page = instance.changes().page(SyncToken.decode(page.syncToken()), 100, FeedCriteria.NONE, null);
		}
		return page;
	}

	private static List<String> everythingAfter(ChangeLogFixture.Instance instance, SyncToken token) {
		List<String> ids = new ArrayList<>();
		BriefingChangeConnection page = instance.changes().page(token, 100, FeedCriteria.NONE, null);
		page.edges().forEach((edge) -> ids.add(storedId(edge)));
		while (page.pageInfo().hasNextPage()) {
			page = instance.changes().page(SyncToken.decode(page.syncToken()), 100, FeedCriteria.NONE, null);
			page.edges().forEach((edge) -> ids.add(storedId(edge)));
		}
		return ids;
	}

	private static List<BriefingChangeLog.Change> changes(String prefix, int count) {
		List<BriefingChangeLog.Change> changes = new ArrayList<>();
		for (String id : ids(prefix, count)) {
			changes.add(published(id));
		}
		return changes;
	}

	private static List<String> ids(String prefix, int count) {
		List<String> ids = new ArrayList<>();
		for (int index = 0; index < count; index++) {
			ids.add(prefix + "-" + index);
		}
		return ids;
	}

	private static List<String> with(List<String> ids, String last) {
		List<String> all = new ArrayList<>(ids);
		all.add(last);
		return all;
	}

	private static String storedId(Edge<BriefingChange> edge) {
		return GlobalId.decode(edge.node().briefingId(), "Briefing");
	}

	private static BriefingChangeLog.Change published(String id) {
		return new BriefingChangeLog.Change(id, BriefingChangeKind.PUBLISHED, 1);
	}

	private static Briefing briefing(String id, String language, BriefingStatus status) {
		Instant publishedAt = Instant.parse("2026-12-01T00:00:00Z");
		return new Briefing(id, "document-" + id, 0, "Title " + id, "Body", null, publishedAt, DateSource.ITEM,
				language, new Source("Wire", null, null), List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of(), List.of(), "test", status, publishedAt);
	}

	/** A live tail and resumable changes reading the log through a spied reader. */
	private record Resumer(ChangeLogReader reader, BriefingChanges changes, ChangeLogTail tail,
			ResumableChanges resumable) {

	}

}
