package app.briefings.search;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingRepository;
import app.briefings.briefing.BriefingStatus;
import app.briefings.briefing.DateSource;
import app.briefings.briefing.FeedCriteria;
import app.briefings.briefing.Source;
import app.briefings.changefeed.BriefingChangesMissed.Reason;
import app.briefings.changefeed.BriefingChangesMissed;
import app.briefings.graphql.paging.PageRequest;
import app.briefings.sync.BriefingChangeKind;
import app.briefings.sync.ChangedBriefings;
import app.briefings.sync.LoggedEntries;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The search index catches up from MongoDB: at start from the change-log position it
 * stores, by versions when it stores none or the log was pruned past it, and by versions
 * when the change feed reports that it may have missed changes.
 */
class SearchIndexRebuilderTests {

	private final LuceneSearchIndex index = LuceneSearchIndex.inMemory();

	private final MongoOperations mongo = mock(MongoOperations.class);

	private final BriefingRepository briefings = mock(BriefingRepository.class);

	private final ChangedBriefings changes = mock(ChangedBriefings.class);

	private final AtomicLong briefingsRead = new AtomicLong();

	private final FeedIndexedEntries feedIndexed = new FeedIndexedEntries();

	private final SearchIndexRebuilder rebuilder = new SearchIndexRebuilder(this.index, this.mongo,
			new BriefingReindexer(this.index, this.briefings), this.changes, this.feedIndexed);

	@TempDir
	Path folder;

	@AfterEach
	void closeIndex() throws Exception {
		this.index.close();
	}

	@Test
	void shouldCatchUpWithTheStoredBriefingsWhenChangesMayHaveBeenMissed() {
		this.index.index(briefing("b-gone", "Lavrov on the CSTO"));
		Briefing stored = briefing("b-new", "Lavrov on the SCO");
		givenPublished(stored);
		givenStored(stored);
		this.rebuilder.on(new BriefingChangesMissed(Reason.HISTORY_LOST));
		assertThat(found(this.index, "Lavrov")).containsExactly("b-new");
	}

	@Test
	void shouldCatchUpFromTheStoredChangeLogPositionWithoutReadingEveryBriefing() throws Exception {
		closeWithPosition(briefing("b-old", "Lavrov on the CSTO"), 10);
		Briefing added = briefing("b-new", "Lavrov on the SCO");
		givenStored(added);
		Map<String, BriefingChangeKind> logged = new LinkedHashMap<>();
		logged.put("b-new", BriefingChangeKind.PUBLISHED);
		logged.put("b-old", BriefingChangeKind.RETRACTED);
		given(this.changes.position()).willReturn(new ChangedBriefings.Position(15, 3));
		given(this.changes.between(10, 15)).willReturn(logged);

		try (LuceneSearchIndex reopened = onDisk()) {
			SearchIndexRebuilder rebuilder = rebuilderOf(reopened);
			rebuilder.run(null);

			assertThat(rebuilder.lastStart())
				.isEqualTo(new SearchIndexRebuilder.StartReport(false, new SearchIndexRebuilder.CatchUp(1, 1)));
			assertThat(found(reopened, "Lavrov")).containsExactly("b-new");
			assertThat(reopened.changeLogPosition()).hasValue(15);
		}
		verifyNoInteractions(this.mongo);
		try (LuceneSearchIndex again = onDisk()) {
			assertThat(again.changeLogPosition()).hasValue(15);
		}
	}

	@Test
	void shouldCompareVersionsWhenTheLogWasPrunedPastTheStoredPosition() throws Exception {
		closeWithPosition(briefing("b-old", "Lavrov on the CSTO"), 10);
		Briefing stored = briefing("b-new", "Lavrov on the SCO");
		givenPublished(stored);
		givenStored(stored);
		given(this.changes.position()).willReturn(new ChangedBriefings.Position(15, 12));

		try (LuceneSearchIndex reopened = onDisk()) {
			SearchIndexRebuilder rebuilder = rebuilderOf(reopened);
			rebuilder.run(null);

			assertThat(rebuilder.lastStart())
				.isEqualTo(new SearchIndexRebuilder.StartReport(false, new SearchIndexRebuilder.CatchUp(1, 1)));
			assertThat(found(reopened, "Lavrov")).containsExactly("b-new");
			assertThat(reopened.changeLogPosition()).hasValue(15);
		}
	}

	@Test
	void shouldMoveTheStoredPositionToTheLogsEndBeforeClosing() throws Exception {
		closeWithPosition(briefing("b-old", "Lavrov on the CSTO"), 10);
		Briefing corrected = briefing("b-old", "Lavrov on the SCO");
		givenStored(corrected);
		given(this.changes.position()).willReturn(new ChangedBriefings.Position(10, 0),
				new ChangedBriefings.Position(12, 0));
		given(this.changes.between(10, 12)).willReturn(Map.of("b-old", BriefingChangeKind.CORRECTED));

		try (LuceneSearchIndex reopened = onDisk()) {
			SearchIndexRebuilder rebuilder = rebuilderOf(reopened);
			rebuilder.run(null);
			rebuilder.catchUpBeforeClosing();

			assertThat(reopened.changeLogPosition()).hasValue(12);
			assertThat(found(reopened, "SCO")).containsExactly("b-old");
		}
		try (LuceneSearchIndex again = onDisk()) {
			assertThat(again.changeLogPosition()).hasValue(12);
		}
	}

	@Test
	void shouldStopABackgroundRebuildBeforeTheIndexClosesAndLeaveItToTheNextStart() throws Exception {
		given(this.mongo.find(any(Query.class), eq(Briefing.class), eq("briefings")))
			.willAnswer((invocation) -> pageOfBriefings());
		try (LuceneSearchIndex rebuilt = onDisk()) {
			SearchIndexRebuilder rebuilder = rebuilderOf(rebuilt);
			rebuilder.run(null);
			awaitIndexed(rebuilt);

			rebuilder.catchUpBeforeClosing();

			assertThat(rebuilt.rebuilding()).as("stopped, never finished").isTrue();
			long indexedWhenStopped = rebuilt.count();
			Thread.sleep(200);
			assertThat(rebuilt.count()).as("nothing indexed after stopping").isEqualTo(indexedWhenStopped);
		}
		try (LuceneSearchIndex reopened = onDisk()) {
			assertThat(reopened.condition()).isEqualTo(IndexCondition.MISSING);
			assertThat(reopened.rebuildNeeded()).isTrue();
		}
	}

	/** A page of a collection that never ends: the rebuild runs until it is stopped. */
	private List<Briefing> pageOfBriefings() {
		return IntStream.range(0, SearchIndexRebuilder.PAGE_SIZE)
			.mapToObj((n) -> briefing("b-" + this.briefingsRead.incrementAndGet(), "Lavrov on the CSTO"))
			.toList();
	}

	private static void awaitIndexed(LuceneSearchIndex index) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (index.count() == 0 && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		assertThat(index.count()).as("the rebuild indexed its first pages").isPositive();
	}

	@Test
	void shouldOnlyMoveThePositionBeforeClosingWhenTheChangeFeedIndexedEveryEntrySince() throws Exception {
		closeWithPosition(briefing("b-old", "Lavrov on the CSTO"), 10);
		given(this.changes.position()).willReturn(new ChangedBriefings.Position(10, 0),
				new ChangedBriefings.Position(14, 0));
		this.feedIndexed.indexed(new LoggedEntries(13, 14));
		this.feedIndexed.indexed(new LoggedEntries(11, 12));

		try (LuceneSearchIndex reopened = onDisk()) {
			SearchIndexRebuilder rebuilder = rebuilderOf(reopened);
			rebuilder.run(null);
			rebuilder.catchUpBeforeClosing();

			assertThat(reopened.changeLogPosition()).hasValue(14);
		}
		verify(this.changes, never()).between(10, 14);
		verifyNoInteractions(this.briefings, this.mongo);
		try (LuceneSearchIndex again = onDisk()) {
			assertThat(again.changeLogPosition()).hasValue(14);
		}
	}

	@Test
	void shouldReplayBeforeClosingWhenAnEntrySinceThePositionWasNotIndexedByTheChangeFeed() throws Exception {
		closeWithPosition(briefing("b-old", "Lavrov on the CSTO"), 10);
		givenStored(briefing("b-old", "Lavrov on the SCO"));
		given(this.changes.position()).willReturn(new ChangedBriefings.Position(10, 0),
				new ChangedBriefings.Position(14, 0));
		given(this.changes.between(10, 14)).willReturn(Map.of("b-old", BriefingChangeKind.CORRECTED));
		this.feedIndexed.indexed(new LoggedEntries(11, 12));
		this.feedIndexed.indexed(new LoggedEntries(14, 14));

		try (LuceneSearchIndex reopened = onDisk()) {
			SearchIndexRebuilder rebuilder = rebuilderOf(reopened);
			rebuilder.run(null);
			rebuilder.catchUpBeforeClosing();

			assertThat(reopened.changeLogPosition()).hasValue(14);
			assertThat(found(reopened, "SCO")).containsExactly("b-old");
		}
	}

	private void closeWithPosition(Briefing indexed, long position) throws Exception {
		try (LuceneSearchIndex first = onDisk()) {
			first.index(indexed);
			first.changeLogPositionReached(position);
			first.commit();
		}
	}

	private LuceneSearchIndex onDisk() {
		return LuceneSearchIndex.onDisk(this.folder.resolve("index"), Duration.ofHours(1));
	}

	private SearchIndexRebuilder rebuilderOf(LuceneSearchIndex index) {
		return new SearchIndexRebuilder(index, this.mongo, new BriefingReindexer(index, this.briefings), this.changes,
				this.feedIndexed);
	}

	private void givenPublished(Briefing stored) {
		given(this.mongo.find(any(Query.class), eq(Document.class), eq("briefings")))
			.willReturn(List.of(new Document("_id", stored.id()).append("version", stored.version())
				.append("publishedAt", Date.from(stored.publishedAt()))));
	}

	private void givenStored(Briefing stored) {
		given(this.briefings.findByIdIn(anyCollection())).willAnswer((invocation) -> {
			Collection<String> ids = invocation.getArgument(0);
			return ids.contains(stored.id()) ? List.of(stored) : List.of();
		});
	}

	private static List<String> found(SearchIndex index, String query) {
		return index.search(query, FeedCriteria.NONE, PageRequest.of(10, null))
			.stream()
			.map(SearchHit::briefingId)
			.toList();
	}

	private static Briefing briefing(String id, String title) {
		Instant now = Instant.parse("2025-04-03T00:00:00Z");
		return new Briefing(id, "d-1", 0, title, "Sergey Lavrov spoke.", null, now, DateSource.DOCUMENT, "en",
				new Source("Wire", null, null), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of(), "test", BriefingStatus.PUBLISHED, now);
	}

}
