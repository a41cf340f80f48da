package app.briefings.editorial;

import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

/**
 * The context counts of older candidates are stored once: later starts find the marker
 * and skip the pass over every candidate.
 */
class CandidateContextCountBackfillTests {

	private final MongoOperations mongo = mock(MongoOperations.class);

	private final CandidatePages pages = new CandidatePages(this.mongo);

	@Test
	void shouldCountOlderCandidatesAndRecordThatItIsDone() {
		given(this.mongo.exists(any(Query.class), eq(EditorialFields.STARTUP_TASKS))).willReturn(false);
		given(this.mongo.find(any(Query.class), eq(Document.class), eq("candidates")))
			.willReturn(List.of(new Document("_id", "c1").append("contexts", List.of(new Document(), new Document()))));

		this.pages.countContextsOfOlderCandidates();

		then(this.mongo).should().updateFirst(any(Query.class), any(Update.class), eq("candidates"));
		then(this.mongo).should().upsert(any(Query.class), any(Update.class), eq(EditorialFields.STARTUP_TASKS));
	}

	@Test
	void shouldNotReadTheCandidatesAgainOnceTheMarkerIsStored() {
		given(this.mongo.exists(any(Query.class), eq(EditorialFields.STARTUP_TASKS))).willReturn(true);

		this.pages.countContextsOfOlderCandidates();

		then(this.mongo).should(never()).find(any(Query.class), eq(Document.class), eq("candidates"));
	}

}
