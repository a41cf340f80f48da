package app.briefings.ingestion;

import java.util.List;

import app.briefings.IntegrationTest;
import app.briefings.TestDocuments;
import app.briefings.briefing.Briefing;
import app.briefings.ingestion.document.DocumentFields;
import app.briefings.ingestion.document.DocumentIdentity;
import app.briefings.ingestion.document.IngestDocumentInput;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A document with an external ID stored under an id of an older scheme is still the same
 * document: sent again it is a duplicate, sent with another text a correction, and never
 * a second document, although the look-up before extraction searches only the current id.
 */
@IntegrationTest
class OlderDocumentIdIntegrationTests {

	private static final String PARTNER = "older-ids";

	@Autowired
	IngestionService ingestion;

	@Autowired
	MongoOperations mongo;

	@Test
	void shouldAnswerADocumentStoredUnderAnOlderIdAsADuplicate() {
		String externalId = "older-" + System.nanoTime();
		IngestDocumentInput input = input(TestDocuments.wireReport(externalId), externalId);
		IngestionResult first = this.ingestion.ingestOne(input, PARTNER);
		moveToOlderId(first.documentId(), externalId);

		IngestionResult again = this.ingestion.ingestOne(input, PARTNER);

		assertThat(again.outcome()).isEqualTo(IngestOutcome.DUPLICATE);
		assertThat(idsOf(again.briefings())).isEqualTo(idsOf(first.briefings()));
		assertThat(documentsWith(externalId)).hasSize(1);
	}

	@Test
	void shouldCorrectADocumentStoredUnderAnOlderId() {
		String externalId = "older-" + System.nanoTime();
		IngestionResult first = this.ingestion.ingestOne(input(TestDocuments.wireReport(externalId), externalId),
				PARTNER);
		String olderId = moveToOlderId(first.documentId(), externalId);

		IngestionResult corrected = this.ingestion
			.ingestOne(input(TestDocuments.wireReport(externalId + " corrected"), externalId), PARTNER);

		assertThat(corrected.outcome()).isEqualTo(IngestOutcome.UPDATED);
		assertThat(corrected.documentId()).isEqualTo(olderId);
		assertThat(documentsWith(externalId)).extracting((document) -> document.get(DocumentFields.ID))
			.containsExactly(new ObjectId(olderId));
	}

	private static IngestDocumentInput input(String text, String externalId) {
		return new IngestDocumentInput(text, "Older wire", null, "2026-03-03", "en", externalId);
	}

	/**
	 * Stores the document again under the id documents were given before ids were keyed.
	 */
	private String moveToOlderId(String documentId, String externalId) {
		Query stored = new Query(Criteria.where(DocumentFields.ID).is(documentId));
		Document document = this.mongo.findOne(stored, Document.class, DocumentFields.COLLECTION);
		assertThat(document).isNotNull();
		String olderId = new DocumentIdentity(PARTNER, externalId, "").derivableId();
		this.mongo.remove(stored, DocumentFields.COLLECTION);
		document.put(DocumentFields.ID, new ObjectId(olderId));
		this.mongo.insert(document, DocumentFields.COLLECTION);
		return olderId;
	}

	private List<Document> documentsWith(String externalId) {
		return this.mongo.find(new Query(Criteria.where(DocumentFields.EXTERNAL_KEY).is(PARTNER + "/" + externalId)),
				Document.class, DocumentFields.COLLECTION);
	}

	private static List<String> idsOf(List<Briefing> briefings) {
		return briefings.stream().map(Briefing::id).toList();
	}

}
