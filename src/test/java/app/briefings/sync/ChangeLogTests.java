package app.briefings.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.briefings.MutableClock;
import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingStatus;
import app.briefings.briefing.DateSource;
import app.briefings.briefing.FeedCriteria;
import app.briefings.briefing.Source;
import app.briefings.graphql.error.ApiException;
import app.briefings.graphql.node.GlobalId;
import app.briefings.graphql.paging.Edge;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

/**
 * The change log over one in-memory MongoDB server: paging, out-of-order commits by two
 * writers, stalled writers, restarts and retention. Each "instance" is its own client and
 * set of components on the same server.
 */
class ChangeLogTests {

	private final ChangeLogFixture fixture = new ChangeLogFixture();

	private final MutableClock clock = this.fixture.clock();

	private final Map<String, Briefing> stored = this.fixture.stored();

	@AfterEach
	void stopServer() {
		this.fixture.close();
	}

	@Test
	void shouldReadEveryChangeOnceOldestFirstInPages() {
		ChangeLogFixture.Instance instance = this.fixture.instance(1000);
		List<String> logged = new ArrayList<>();
		for (int document = 0; document < 50; document++) {
			List<BriefingChangeLog.Change> changes = new ArrayList<>();
			for (int item = 0; item < 5; item++) {
				String id = "d" + document + "-" + item;
				changes.add(published(id));
				logged.add(id);
			}
			instance.log().record(changes);
		}

		List<String> read = new ArrayList<>();
		List<Integer> pageSizes = new ArrayList<>();
		String token = null;
		BriefingChangeConnection page;
		do {
			page = instance.changes().page(decoded(token), 100, FeedCriteria.NONE, null);
			pageSizes.add(page.edges().size());
			page.edges().forEach((edge) -> read.add(storedId(edge)));
			assertThat(page.pageInfo().hasPreviousPage()).isEqualTo(token != null);
			if (!page.edges().isEmpty()) {
				assertThat(page.syncToken()).isEqualTo(page.pageInfo().endCursor());
			}
			token = page.syncToken();
		}
		while (page.pageInfo().hasNextPage());

		assertThat(read).containsExactlyElementsOf(logged);
		assertThat(pageSizes).containsExactly(100, 100, 50);
		BriefingChangeConnection caughtUp = instance.changes().page(decoded(token), 100, FeedCriteria.NONE, null);
		assertThat(caughtUp.edges()).isEmpty();
		assertThat(caughtUp.pageInfo().hasNextPage()).isFalse();
		assertThat(caughtUp.syncToken()).isEqualTo(token);
	}

	@Test
	void shouldAnswerTheSequenceNumbersItGaveTheEntries() {
		ChangeLogFixture.Instance instance = this.fixture.instance(1000);
		LoggedEntries first = instance.log().record(List.of(published("a"), published("b")));
		LoggedEntries second = instance.log().record(List.of(published("c")));

		MongoTemplate mongo = new MongoTemplate(instance.client(), "sync");
		Map<Long, String> stored = new HashMap<>();
		for (ChangeEntry entry : mongo.findAll(ChangeEntry.class)) {
			stored.put(entry.sequence(), entry.briefingId());
		}
		assertThat(stored).containsOnly(entry(first.first(), "a"), entry(first.last(), "b"),
				entry(second.first(), "c"));
		assertThat(second.last()).isEqualTo(second.first());
		assertThat(instance.log().record(List.of()).isEmpty()).isTrue();
	}

	@Test
	void shouldContinueFromAnyEdgeCursorWithTheChangesAfterIt() {
		ChangeLogFixture.Instance instance = this.fixture.instance(1000);
		instance.log().record(List.of(published("a"), published("b"), published("c"), published("d")));

		BriefingChangeConnection all = instance.changes().page(null, 100, FeedCriteria.NONE, null);
		String afterB = all.edges().get(1).cursor();
		BriefingChangeConnection rest = instance.changes().page(decoded(afterB), 100, FeedCriteria.NONE, null);

		assertThat(rest.edges()).extracting(ChangeLogTests::storedId).containsExactly("c", "d");
	}

	@Test
	void shouldNotPassOverAChangeCommittedAfterALaterOne() {
		ChangeLogFixture.Instance first = this.fixture.instance(1000);
		ChangeLogFixture.Instance second = this.fixture.instance(1000);
		SequenceReservations.Reservation slow = first.sequences().reserve(1);
		SequenceReservations.Reservation fast = second.sequences().reserve(1);
		assertThat(fast.first()).isGreaterThan(slow.first());

		assertThat(second.log().write(fast, List.of(published("fast")))).isTrue();
		BriefingChangeConnection whileSlowIsWriting = second.changes().page(null, 100, FeedCriteria.NONE, null);
		assertThat(first.log().write(slow, List.of(published("slow")))).isTrue();
		BriefingChangeConnection afterward = first.changes()
			.page(decoded(whileSlowIsWriting.syncToken()), 100, FeedCriteria.NONE, null);

		assertThat(whileSlowIsWriting.edges()).isEmpty();
		assertThat(afterward.edges()).extracting(ChangeLogTests::storedId).containsExactly("slow", "fast");
	}

	@Test
	void shouldLogAgainTheChangesOfAWriterThatStalledPastTheReservationTimeout() {
		ChangeLogFixture.Instance first = this.fixture.instance(1000);
		ChangeLogFixture.Instance second = this.fixture.instance(1000);
		SequenceReservations.Reservation stalled = first.sequences().reserve(1);
		second.log().record(List.of(published("on time")));
		this.clock.advance(ChangeLogFixture.RESERVATION_TIMEOUT.plusSeconds(1));

		BriefingChangeConnection passed = second.changes().page(null, 100, FeedCriteria.NONE, null);
		boolean released = first.log().write(stalled, List.of(published("late")));
		first.log().record(List.of(published("late")));
		BriefingChangeConnection after = second.changes()
			.page(decoded(passed.syncToken()), 100, FeedCriteria.NONE, null);

		assertThat(passed.edges()).extracting(ChangeLogTests::storedId).containsExactly("on time");
		assertThat(released).isFalse();
		assertThat(after.edges()).extracting(ChangeLogTests::storedId).containsExactly("late");
	}

	@Test
	void shouldFailTheLateInsertOfEveryChangeOfAReservationAReaderFilled() {
		ChangeLogFixture.Instance first = this.fixture.instance(1000);
		ChangeLogFixture.Instance second = this.fixture.instance(1000);
		SequenceReservations.Reservation stalled = first.sequences().reserve(3);
		second.log().record(List.of(published("on time")));
		this.clock.advance(ChangeLogFixture.RESERVATION_TIMEOUT.plusSeconds(1));

		BriefingChangeConnection passed = second.changes().page(null, 100, FeedCriteria.NONE, null);
		boolean written = first.log()
			.write(stalled, List.of(published("late-0"), published("late-1"), published("late-2")));
		BriefingChangeConnection whileLate = second.changes()
			.page(decoded(passed.syncToken()), 100, FeedCriteria.NONE, null);
		first.log().record(List.of(published("late-0"), published("late-1"), published("late-2")));
		BriefingChangeConnection after = second.changes()
			.page(decoded(passed.syncToken()), 100, FeedCriteria.NONE, null);

		assertThat(passed.edges()).extracting(ChangeLogTests::storedId).containsExactly("on time");
		assertThat(written).isFalse();
		assertThat(whileLate.edges()).isEmpty();
		assertThat(after.edges()).extracting(ChangeLogTests::storedId).containsExactly("late-0", "late-1", "late-2");
		assertThat(everything(second)).containsExactly("on time", "late-0", "late-1", "late-2");
	}

	@Test
	void shouldReadPastAWriterThatCrashedBetweenReservingAndWritingOnlyAfterTheTimeout() {
		ChangeLogFixture.Instance crashed = this.fixture.instance(1000);
		ChangeLogFixture.Instance alive = this.fixture.instance(1000);
		alive.log().record(List.of(published("before")));
		crashed.sequences().reserve(2);
		crashed.close();
		alive.log().record(List.of(published("after")));

		BriefingChangeConnection withinTimeout = alive.changes().page(null, 100, FeedCriteria.NONE, null);
		this.clock.advance(ChangeLogFixture.RESERVATION_TIMEOUT.plusSeconds(1));
		BriefingChangeConnection pastTimeout = alive.changes()
			.page(decoded(withinTimeout.syncToken()), 100, FeedCriteria.NONE, null);
		ChangeLogFixture.Instance restarted = this.fixture.instance(1000);
		restarted.log().record(List.of(published("restarted")));

		assertThat(withinTimeout.edges()).extracting(ChangeLogTests::storedId).containsExactly("before");
		assertThat(pastTimeout.edges()).extracting(ChangeLogTests::storedId).containsExactly("after");
		assertThat(everything(restarted)).containsExactly("before", "after", "restarted");
		assertThat(restarted.changes().page(decoded(pastTimeout.syncToken()), 100, FeedCriteria.NONE, null).edges())
			.extracting(ChangeLogTests::storedId)
			.containsExactly("restarted");
	}

	@Test
	void shouldFillOnlyTheNumbersAHalfWrittenReservationLeftFree() {
		ChangeLogFixture.Instance writer = this.fixture.instance(1000);
		ChangeLogFixture.Instance reader = this.fixture.instance(1000);
		SequenceReservations.Reservation halfWritten = writer.sequences().reserve(3);
		mongo(writer).insert(
				new ChangeEntry(halfWritten.first(), "written", BriefingChangeKind.PUBLISHED, 1, this.clock.instant()));

		BriefingChangeConnection withinTimeout = reader.changes().page(null, 100, FeedCriteria.NONE, null);
		this.clock.advance(ChangeLogFixture.RESERVATION_TIMEOUT.plusSeconds(1));
		BriefingChangeConnection pastTimeout = reader.changes().page(null, 100, FeedCriteria.NONE, null);

		assertThat(withinTimeout.edges()).isEmpty();
		assertThat(pastTimeout.edges()).extracting(ChangeLogTests::storedId).containsExactly("written");
		assertThat(mongo(reader).count(new Query(), ChangeLogFields.ENTRIES)).isEqualTo(3);
	}

	@Test
	void shouldLogWithoutReleasingAndKeepOnlyEachInstancesLastReservationPendingWhileTwoInstancesWrite() {
		ChangeLogFixture.Instance first = this.fixture.instance(1000);
		ChangeLogFixture.Instance second = this.fixture.instance(1000);
		List<String> expected = new ArrayList<>();
		for (int round = 0; round < 10; round++) {
			first.log().record(List.of(published("first-" + round)));
			second.log().record(List.of(published("second-" + round), published("second-" + round + "b")));
			expected.addAll(List.of("first-" + round, "second-" + round, "second-" + round + "b"));
		}
		int pendingWhileWriting = pending(first).size();

		assertThat(pendingWhileWriting).isEqualTo(2);
		assertThat(everything(first)).containsExactlyElementsOf(expected);
		assertThat(everything(second)).containsExactlyElementsOf(expected);
		assertThat(pending(second)).isEmpty();
	}

	@Test
	void shouldHonourAReservationListedByAVersionThatReleasedItsReservationsWithACommand() {
		ChangeLogFixture.Instance current = this.fixture.instance(1000);
		current.log().record(List.of(published("before")));
		MongoTemplate mongo = mongo(current);
		long last = mongo.findById(ChangeLogFields.COUNTER_ID, Document.class, ChangeLogFields.COUNTER)
			.get(ChangeLogFields.LAST, Number.class)
			.longValue();
		mongo.updateFirst(new Query(Criteria.where(ChangeLogFields.ID).is(ChangeLogFields.COUNTER_ID)),
				new Update().set(ChangeLogFields.LAST, last + 1)
					.push(ChangeLogFields.RESERVATIONS, new Document(ChangeLogFields.FIRST, last + 1)
						.append(ChangeLogFields.AT, Date.from(this.clock.instant()))),
				ChangeLogFields.COUNTER);
		ChangeLogFixture.Instance other = this.fixture.instance(1000);
		other.log().record(List.of(published("after")));

		BriefingChangeConnection withinTimeout = other.changes().page(null, 100, FeedCriteria.NONE, null);
		this.clock.advance(ChangeLogFixture.RESERVATION_TIMEOUT.plusSeconds(1));
		BriefingChangeConnection pastTimeout = other.changes()
			.page(decoded(withinTimeout.syncToken()), 100, FeedCriteria.NONE, null);

		assertThat(withinTimeout.edges()).extracting(ChangeLogTests::storedId).containsExactly("before");
		assertThat(pastTimeout.edges()).extracting(ChangeLogTests::storedId).containsExactly("after");
	}

	@Test
	void shouldKeepATokenValidAfterARestartOnAnotherInstance() {
		ChangeLogFixture.Instance before = this.fixture.instance(1000);
		before.log().record(List.of(published("a"), published("b")));
		String token = before.changes().page(null, 100, FeedCriteria.NONE, null).syncToken();
		before.close();

		ChangeLogFixture.Instance restarted = this.fixture.instance(1000);
		restarted.log().record(List.of(published("c")));
		BriefingChangeConnection page = restarted.changes().page(decoded(token), 100, FeedCriteria.NONE, null);

		assertThat(page.edges()).extracting(ChangeLogTests::storedId).containsExactly("c");
	}

	@Test
	void shouldRefuseATokenOlderThanTheRetentionWithSyncTokenExpired() {
		ChangeLogFixture.Instance instance = this.fixture.instance(1000);
		instance.log().record(List.of(published("old-1"), published("old-2")));
		String oldToken = instance.changes().page(null, 1, FeedCriteria.NONE, null).syncToken();
		this.clock.advance(Duration.ofDays(31));
		instance.log().record(List.of(published("new")));
		String currentToken = instance.changes().page(decoded(oldToken), 100, FeedCriteria.NONE, null).syncToken();

		long deleted = instance.pruner().prune();

		assertThat(deleted).isEqualTo(2);
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> instance.changes().page(decoded(oldToken), 100, FeedCriteria.NONE, null))
			.satisfies((ex) -> assertThat(ex.code().name()).isEqualTo("SYNC_TOKEN_EXPIRED"));
		assertThat(instance.changes().page(decoded(currentToken), 100, FeedCriteria.NONE, null).edges()).isEmpty();
		assertThat(instance.changes().page(null, 100, FeedCriteria.NONE, null).edges())
			.extracting(ChangeLogTests::storedId)
			.containsExactly("new");
	}

	@Test
	void shouldFilterChangesAsTheFeedDoesAndShowRetractionsWithoutTheBriefing() {
		ChangeLogFixture.Instance instance = this.fixture.instance(1000);
		this.stored.put("ru-1", briefing("ru-1", "ru", BriefingStatus.PUBLISHED));
		this.stored.put("en-1", briefing("en-1", "en", BriefingStatus.PUBLISHED));
		this.stored.put("ru-2", briefing("ru-2", "ru", BriefingStatus.RETRACTED));
		instance.log()
			.record(List.of(published("ru-1"), published("en-1"),
					new BriefingChangeLog.Change("ru-2", BriefingChangeKind.RETRACTED, 2)));
		FeedCriteria russian = new FeedCriteria(List.of(), List.of(), List.of(), List.of(), List.of(), null, "ru", null,
				null);

		BriefingChangeConnection page = instance.changes().page(null, 100, russian, null);

		assertThat(page.edges()).extracting(ChangeLogTests::storedId).containsExactly("ru-1", "ru-2");
		BriefingChange retraction = page.edges().get(1).node();
		assertThat(retraction.kind()).isEqualTo(BriefingChangeKind.RETRACTED);
		assertThat(retraction.version()).isEqualTo(2);
		assertThat(retraction.briefing()).isNull();
		assertThat(page.edges().get(0).node().briefing()).isEqualTo(this.stored.get("ru-1"));
	}

	@Test
	void shouldStopANarrowlyFilteredPageAfterTheScanLimitWithATokenThatContinues() {
		ChangeLogFixture.Instance instance = this.fixture.instance(10);
		List<BriefingChangeLog.Change> changes = new ArrayList<>();
		for (int index = 0; index < 25; index++) {
			String id = "en-" + index;
			this.stored.put(id, briefing(id, "en", BriefingStatus.PUBLISHED));
			changes.add(published(id));
		}
		this.stored.put("ru-last", briefing("ru-last", "ru", BriefingStatus.PUBLISHED));
		changes.add(published("ru-last"));
		instance.log().record(changes);
		FeedCriteria russian = new FeedCriteria(List.of(), List.of(), List.of(), List.of(), List.of(), null, "ru", null,
				null);

		List<String> found = new ArrayList<>();
		int pages = 0;
		String token = null;
		BriefingChangeConnection page;
		do {
			page = instance.changes().page(decoded(token), 100, russian, null);
			page.edges().forEach((edge) -> found.add(storedId(edge)));
			token = page.syncToken();
			pages++;
		}
		while (page.pageInfo().hasNextPage());

		assertThat(found).containsExactly("ru-last");
		assertThat(pages).isEqualTo(3);
	}

	@Test
	void shouldRefuseATokenItDidNotIssueAsAnInvalidCursor() {
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> SyncToken.decode("bm90LWEtdG9rZW4"))
			.satisfies((ex) -> assertThat(ex.code().name()).isEqualTo("INVALID_CURSOR"));
	}

	private List<String> everything(ChangeLogFixture.Instance instance) {
		List<String> ids = new ArrayList<>();
		BriefingChangeConnection page = instance.changes().page(null, 2, FeedCriteria.NONE, null);
		page.edges().forEach((edge) -> ids.add(storedId(edge)));
		while (page.pageInfo().hasNextPage()) {
			page = instance.changes().page(decoded(page.syncToken()), 2, FeedCriteria.NONE, null);
			page.edges().forEach((edge) -> ids.add(storedId(edge)));
		}
		return ids;
	}

	private static Map<String, Object> pending(ChangeLogFixture.Instance instance) {
		Document counter = mongo(instance).findById(ChangeLogFields.COUNTER_ID, Document.class,
				ChangeLogFields.COUNTER);
		assertThat(counter).isNotNull();
		return counter.get(ChangeLogFields.PENDING, Document.class);
	}

	private static MongoTemplate mongo(ChangeLogFixture.Instance instance) {
		return new MongoTemplate(instance.client(), "sync");
	}

	private static @Nullable SyncToken decoded(@Nullable String token) {
		return (token != null) ? SyncToken.decode(token) : null;
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

}
