package app.briefings.ingestion.document;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import app.briefings.IntegrationTest;
import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingFields;
import app.briefings.ingestion.IngestDocumentPayload;
import app.briefings.ingestion.IngestionService;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.verify;

/**
 * The full check after an unclean stop finds every inconsistent document while reading a
 * page of documents, and only that page's briefings, per query.
 */
@IntegrationTest
class InconsistentDocumentsIntegrationTests {

	private static final int PAGE_SIZE = 2;

	private final String partner = "inconsistent-" + UUID.randomUUID();

	@Autowired
	IngestionService ingestion;

	@Autowired
	MongoOperations mongo;

	@Test
	void shouldFindInconsistentDocumentsOnEveryPageAndLeaveCompleteOnesOut() {
		List<String> complete = new ArrayList<>();
		complete.add(ingest("complete-1").documentId());
		String pending = ingest("pending").documentId();
		complete.add(ingest("complete-2").documentId());
		String withoutBriefings = ingest("without-briefings").documentId();
		complete.add(ingest("complete-3").documentId());
		String olderBriefing = ingest("older-briefing").documentId();
		this.mongo.updateFirst(new Query(Criteria.where("_id").is(pending)),
				new Update().set(DocumentFields.STATUS, DocumentStatus.PENDING.name()), DocumentFields.COLLECTION);
		this.mongo.remove(new Query(Criteria.where(BriefingFields.DOCUMENT_ID).is(withoutBriefings)), Briefing.class);
		this.mongo.updateMulti(new Query(Criteria.where(BriefingFields.DOCUMENT_ID).is(olderBriefing)),
				new Update().set(BriefingFields.VERSION, 0), Briefing.class);

		List<String> found = new InconsistentDocuments(this.mongo, PAGE_SIZE).ids();

		assertThat(found).contains(pending, withoutBriefings, olderBriefing).doesNotContainAnyElementsOf(complete);
	}

	@Test
	void shouldReadNoMoreThanAPageOfDocumentsAndTheirBriefingsPerQuery() {
		for (int i = 0; i < 5; i++) {
			ingest("paged-" + i);
		}
		MongoOperations recorded = spy(this.mongo);

		new InconsistentDocuments(recorded, PAGE_SIZE).ids();

		ArgumentCaptor<Query> queries = ArgumentCaptor.forClass(Query.class);
		ArgumentCaptor<String> collections = ArgumentCaptor.forClass(String.class);
		verify(recorded, atLeastOnce()).find(queries.capture(), any(), collections.capture());
		List<Query> documentPages = new ArrayList<>();
		for (int i = 0; i < queries.getAllValues().size(); i++) {
			Query query = queries.getAllValues().get(i);
			if (collections.getAllValues().get(i).equals(DocumentFields.COLLECTION)) {
				documentPages.add(query);
				assertThat(query.getLimit()).isEqualTo(PAGE_SIZE);
			}
			else {
				assertThat(collections.getAllValues().get(i)).isEqualTo(BriefingFields.COLLECTION);
				assertThat(documentIdsIn(query)).hasSizeBetween(1, PAGE_SIZE);
			}
		}
		assertThat(documentPages).hasSizeGreaterThan(3);
	}

	@SuppressWarnings("unchecked")
	private static List<Object> documentIdsIn(Query query) {
		Object condition = query.getQueryObject().get(BriefingFields.DOCUMENT_ID);
		assertThat(condition).isInstanceOf(Document.class);
		return (List<Object>) ((Document) condition).get("$in");
	}

	private IngestDocumentPayload ingest(String externalId) {
		return this.ingestion.ingest(new IngestDocumentInput(
				"MOSCOW, April 3 -- Russian Foreign Minister Sergey Lavrov said that the CSTO would hold the "
						+ "Rubezh-2025 training in the autumn. Report " + externalId + ".",
				"Example wire", null, "2025-04-03", null, externalId), this.partner);
	}

}
