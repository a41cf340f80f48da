package app.briefings.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingRepository;
import app.briefings.ingestion.accounting.StageAccounting;
import app.briefings.briefing.BriefingStatus;
import app.briefings.briefing.DateSource;
import app.briefings.briefing.FeedCriteria;
import app.briefings.briefing.Source;
import app.briefings.changefeed.BriefingsChanged;
import app.briefings.graphql.paging.PageRequest;
import app.briefings.sync.LoggedEntries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;

class SearchIndexUpdaterTests {

	private final LuceneSearchIndex index = LuceneSearchIndex.inMemory();

	private final BriefingRepository briefings = mock(BriefingRepository.class);

	private final FeedIndexedEntries feedIndexed = new FeedIndexedEntries();

	private final SearchIndexUpdater updater = new SearchIndexUpdater(new BriefingReindexer(this.index, this.briefings),
			StageAccounting.off(), this.feedIndexed);

	@AfterEach
	void closeIndex() throws Exception {
		this.index.close();
	}

	@Test
	void shouldIndexAPublishedBriefingAsStoredNow() {
		given(this.briefings.findByIdIn(List.of("b-1"))).willReturn(List.of(briefing(BriefingStatus.PUBLISHED)));
		this.updater.on(new BriefingsChanged(List.of("b-1")));
		assertThat(found("Lavrov")).containsExactly("b-1");
	}

	@Test
	void shouldReadTheBriefingsOfAChangeInOneQuery() {
		Briefing second = briefing("b-2", "Zas on the CSTO", BriefingStatus.PUBLISHED);
		given(this.briefings.findByIdIn(List.of("b-1", "b-2")))
			.willReturn(List.of(briefing(BriefingStatus.PUBLISHED), second));
		this.updater.on(new BriefingsChanged(List.of("b-1", "b-2")));
		assertThat(found("CSTO")).containsExactlyInAnyOrder("b-1", "b-2");
		then(this.briefings).should().findByIdIn(List.of("b-1", "b-2"));
		then(this.briefings).shouldHaveNoMoreInteractions();
	}

	@Test
	void shouldRemoveABriefingThatIsRetracted() {
		this.index.index(briefing(BriefingStatus.PUBLISHED));
		given(this.briefings.findByIdIn(List.of("b-1"))).willReturn(List.of(briefing(BriefingStatus.RETRACTED)));
		this.updater.on(new BriefingsChanged(List.of("b-1")));
		assertThat(found("Lavrov")).isEmpty();
	}

	@Test
	void shouldRemoveABriefingThatIsGone() {
		this.index.index(briefing(BriefingStatus.PUBLISHED));
		given(this.briefings.findByIdIn(List.of("b-1"))).willReturn(List.of());
		this.updater.on(new BriefingsChanged(List.of("b-1")));
		assertThat(found("Lavrov")).isEmpty();
	}

	@Test
	void shouldNotFailTheWriterWhenTheBriefingCannotBeRead() {
		this.index.index(briefing(BriefingStatus.PUBLISHED));
		given(this.briefings.findByIdIn(List.of("b-1"))).willThrow(new IllegalStateException("MongoDB is down"));
		assertThatNoException().isThrownBy(() -> this.updater.on(new BriefingsChanged(List.of("b-1"))));
		assertThat(found("Lavrov")).containsExactly("b-1");
	}

	@Test
	void shouldIndexTheBriefingsOfAnInsertedDocumentAsWrittenWithoutReadingThemBack() {
		Briefing written = briefing(BriefingStatus.PUBLISHED);
		this.updater.on(new BriefingsChanged(List.of("b-1"), Map.of("b-1", written)));
		assertThat(found("Lavrov")).containsExactly("b-1");
		then(this.briefings).shouldHaveNoInteractions();
	}

	@Test
	void shouldReadBackTheBriefingsOfAChangeThatAreNotAmongTheInsertedOnes() {
		Briefing second = briefing("b-2", "Zas on the CSTO", BriefingStatus.PUBLISHED);
		given(this.briefings.findByIdIn(List.of("b-2"))).willReturn(List.of(second));
		this.updater.on(new BriefingsChanged(List.of("b-1", "b-2"), Map.of("b-1", briefing(BriefingStatus.PUBLISHED))));
		assertThat(found("CSTO")).containsExactlyInAnyOrder("b-1", "b-2");
		then(this.briefings).should().findByIdIn(List.of("b-2"));
		then(this.briefings).shouldHaveNoMoreInteractions();
	}

	@Test
	void shouldNotLetALateFirstWriteOverwriteALaterChangeOfTheBriefing() {
		given(this.briefings.findByIdIn(List.of("b-1"))).willReturn(List.of(briefing(BriefingStatus.RETRACTED)));
		this.updater.on(new BriefingsChanged(List.of("b-1")));
		this.updater.on(new BriefingsChanged(List.of("b-1"), Map.of("b-1", briefing(BriefingStatus.PUBLISHED))));
		assertThat(found("Lavrov")).isEmpty();
		then(this.briefings).should(times(2)).findByIdIn(List.of("b-1"));
	}

	@Test
	void shouldNoteTheLogEntriesOfAChangeOnlyOnceItIsIndexed() {
		given(this.briefings.findByIdIn(List.of("b-2"))).willThrow(new IllegalStateException("MongoDB is down"));
		this.updater.on(new BriefingsChanged(List.of("b-1"), Map.of("b-1", briefing(BriefingStatus.PUBLISHED)),
				new LoggedEntries(5, 5)));
		this.updater.on(new BriefingsChanged(List.of("b-2"), Map.of(), new LoggedEntries(6, 6)));
		assertThat(this.feedIndexed.holdsAll(4, 5)).isTrue();
		assertThat(this.feedIndexed.holdsAll(4, 6)).isFalse();
	}

	private List<String> found(String query) {
		return this.index.search(query, FeedCriteria.NONE, PageRequest.of(10, null))
			.stream()
			.map(SearchHit::briefingId)
			.toList();
	}

	private static Briefing briefing(BriefingStatus status) {
		return briefing("b-1", "Lavrov on the CSTO", status);
	}

	private static Briefing briefing(String id, String title, BriefingStatus status) {
		Instant now = Instant.parse("2025-04-03T00:00:00Z");
		return new Briefing(id, "d-1", 0, title, "Sergey Lavrov spoke.", null, now, DateSource.DOCUMENT, "en",
				new Source("Wire", null, null), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of(), "test", status, now);
	}

}
