package app.briefings.editorial;

import java.time.Clock;
import java.util.List;

import app.briefings.entity.EntityRedirects;
import app.briefings.entity.MergeFollowingLookup;
import app.briefings.entity.ReviewStatus;
import app.briefings.graphql.node.GlobalId;
import app.briefings.ingestion.document.StoredDocuments;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.UpdateDefinition;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

/**
 * The scan of raw texts for a new name runs before an editorial change is stored: when it
 * times out, nothing is stored and no re-extraction is lost, so the editor's retry does
 * the whole change again.
 */
class TextSearchBeforeChangeTests {

	private static final String ZAS = GlobalId.encode("Official", "stanislav-zas");

	private static final String NEWCOMER = GlobalId.encode("Official", "newcomer");

	private final MongoOperations mongo = mock(MongoOperations.class);

	private final StoredDocuments documents = mock(StoredDocuments.class);

	private final ReextractionJobs jobs = mock(ReextractionJobs.class);

	private final KnowledgeBaseEditor editor = new KnowledgeBaseEditor(this.mongo, mock(BriefingReferences.class),
			this.documents, this.jobs, mock(ApplicationEventPublisher.class), mock(EntityRedirects.class),
			new MergeFollowingLookup(mock(EntityRedirects.class)), Clock.systemUTC());

	@BeforeEach
	void storeTwoOfficials() {
		given(this.mongo.exists(any(Query.class), anyString())).willReturn(true);
		given(this.mongo.findById(eq("stanislav-zas"), eq(Document.class), eq("officials")))
			.willReturn(official("stanislav-zas", "Stanislav Zas", "REJECTED"));
		given(this.mongo.findById(eq("newcomer"), eq(Document.class), eq("officials")))
			.willReturn(official("newcomer", "Newcomer", "REVIEWED"));
		given(this.documents.idsContaining(anyString(), anyInt()))
			.willThrow(new QueryTimeoutException("operation exceeded time limit"));
	}

	@Test
	void shouldStoreNoAliasWhenTheTextScanTimesOut() {
		assertThatExceptionOfType(QueryTimeoutException.class).isThrownBy(() -> this.editor.addAlias(ZAS, "Zas"));
		then(this.mongo).should(never()).updateFirst(any(Query.class), any(UpdateDefinition.class), anyString());
	}

	@Test
	void shouldStoreNoReviewWhenTheTextScanTimesOut() {
		assertThatExceptionOfType(QueryTimeoutException.class)
			.isThrownBy(() -> this.editor.review(ZAS, ReviewStatus.REVIEWED));
		then(this.mongo).should(never()).updateFirst(any(Query.class), any(UpdateDefinition.class), anyString());
	}

	@Test
	void shouldMergeNothingWhenTheTextScanTimesOut() {
		EntityMerger merger = new EntityMerger(this.mongo, this.editor, mock(BriefingReferences.class),
				mock(EntityRedirects.class), mock(SpeakerFixes.class), this.documents, mock(UnlinkedMentions.class),
				mock(MergeRecords.class));
		assertThatExceptionOfType(QueryTimeoutException.class).isThrownBy(() -> merger.merge(ZAS, NEWCOMER));
		then(this.mongo).should(never()).updateFirst(any(Query.class), any(UpdateDefinition.class), anyString());
		then(this.mongo).should(never()).remove(any(Query.class), anyString());
	}

	private static Document official(String id, String name, String status) {
		return new Document("_id", id).append("name", name)
			.append("aliases", List.of())
			.append("positions", List.of())
			.append("reviewStatus", status);
	}

}
