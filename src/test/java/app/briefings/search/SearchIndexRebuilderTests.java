package app.briefings.search;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingRepository;
import app.briefings.briefing.BriefingStatus;
import app.briefings.briefing.DateSource;
import app.briefings.briefing.FeedCriteria;
import app.briefings.briefing.Source;
import app.briefings.changefeed.BriefingChangesMissed.Reason;
import app.briefings.changefeed.BriefingChangesMissed;
import app.briefings.graphql.paging.PageRequest;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The search index catches up from MongoDB when the change feed reports that it may have
 * missed changes.
 */
class SearchIndexRebuilderTests {

	private final LuceneSearchIndex index = LuceneSearchIndex.inMemory();

	private final MongoOperations mongo = mock(MongoOperations.class);

	private final BriefingRepository briefings = mock(BriefingRepository.class);

	private final SearchIndexRebuilder rebuilder = new SearchIndexRebuilder(this.index, this.mongo,
			new BriefingReindexer(this.index, this.briefings));

	@AfterEach
	void closeIndex() throws Exception {
		this.index.close();
	}

	@Test
	void shouldCatchUpWithTheStoredBriefingsWhenChangesMayHaveBeenMissed() {
		this.index.index(briefing("b-gone", "Lavrov on the CSTO"));
		Briefing stored = briefing("b-new", "Lavrov on the SCO");
		given(this.mongo.stream(any(Query.class), eq(Document.class), eq("briefings")))
			.willReturn(Stream.of(new Document("_id", stored.id()).append("version", stored.version())));
		given(this.briefings.findByIdIn(anyCollection())).willAnswer((invocation) -> {
			Collection<String> ids = invocation.getArgument(0);
			return ids.contains(stored.id()) ? List.of(stored) : List.of();
		});
		this.rebuilder.on(new BriefingChangesMissed(Reason.HISTORY_LOST));
		assertThat(found("Lavrov")).containsExactly("b-new");
	}

	private List<String> found(String query) {
		return this.index.search(query, FeedCriteria.NONE, PageRequest.of(10, null))
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
