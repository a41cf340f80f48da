package app.briefings.ingestion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import app.briefings.IntegrationTest;
import app.briefings.ingestion.api.IngestionRecords;
import app.briefings.ingestion.document.DocumentIds;
import app.briefings.ingestion.document.DocumentRevision;
import app.briefings.ingestion.document.DocumentRevisionStore;
import app.briefings.ingestion.document.DocumentStore;
import app.briefings.ingestion.document.RawDocument;
import app.briefings.ingestion.document.ValidatedDocument;
import com.mongodb.client.model.Filters;
import org.bson.RawBsonDocument;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A large document stays correctable however often it is corrected: its earlier texts are
 * kept outside it, so the stored document stays the size of one text. Before, each
 * correction pushed the whole earlier text into the document, and a 2 MB document passed
 * MongoDB's 16 MB limit at its eighth correction, after which a real server refuses every
 * further correction (the embedded server does not enforce the limit, so the test
 * measures the stored size).
 */
@IntegrationTest
class DocumentGrowthIntegrationTests {

	private static final int MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

	private static final int TEXT_CHARACTERS = 2_000_000;

	private static final int CORRECTIONS = 10;

	@Autowired
	DocumentStore documents;

	@Autowired
	IngestionRecords records;

	@Autowired
	DocumentIds ids;

	@Autowired
	MongoOperations mongo;

	@Test
	void shouldKeepATwoMegabyteDocumentCorrectableThroughTenCorrections() {
		String externalId = "growth-" + UUID.randomUUID();
		RawDocument pending = RawDocument.pending(validated(text(0), externalId), "growth-partner", Instant.now(),
				this.ids);
		assertThat(this.documents.insertUnlessStored(pending)).isEmpty();
		try {
			correctTenTimes(pending, externalId);
		}
		finally {
			this.mongo.remove(Query.query(Criteria.where("_id").is(pending.id())), RawDocument.class);
			this.mongo.remove(Query.query(Criteria.where("documentId").is(pending.id())),
					DocumentRevisionStore.COLLECTION);
		}
	}

	/**
	 * Corrects the document ten times, checking its stored size after each, then reads
	 * its revisions back. The document is removed afterwards: left pending, the reclaimer
	 * of other tests would extract its 2 MB text.
	 */
	private void correctTenTimes(RawDocument pending, String externalId) {
		List<String> earlierHashes = new ArrayList<>();
		for (int correction = 1; correction <= CORRECTIONS; correction++) {
			RawDocument stored = this.documents.findById(pending.id()).orElseThrow();
			earlierHashes.add(stored.contentHash());
			RawDocument corrected = this.documents.beginCorrection(stored, validated(text(correction), externalId),
					Instant.now());
			assertThat(corrected).isNotNull();
			assertThat(corrected.version()).isEqualTo(correction + 1);
			assertThat(storedBytes(pending.id())).isLessThan(MAX_DOCUMENT_BYTES).isLessThan(2 * TEXT_CHARACTERS);
		}
		List<DocumentRevision> revisions = this.records.revisionsOf(List.of(pending.id())).get(pending.id());
		assertThat(revisions).extracting(DocumentRevision::version).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
		assertThat(revisions).extracting(DocumentRevision::contentHash).containsExactlyElementsOf(earlierHashes);
		assertThat(revisions.get(3).text()).isEqualTo(text(3));
	}

	private int storedBytes(String id) {
		RawBsonDocument stored = this.mongo.getCollection("documents")
			.withDocumentClass(RawBsonDocument.class)
			.find(Filters.eq("_id", id))
			.first();
		return stored.getByteBuffer().remaining();
	}

	private static ValidatedDocument validated(String text, String externalId) {
		return new ValidatedDocument(text, "Wire", null, Instant.parse("2025-04-04T00:00:00Z"), "en", externalId);
	}

	private static String text(int version) {
		String sentence = "Version " + version + ": Sergey Lavrov said the CSTO exercise would be held in September. ";
		StringBuilder text = new StringBuilder(TEXT_CHARACTERS + sentence.length());
		while (text.length() < TEXT_CHARACTERS) {
			text.append(sentence);
		}
		return text.toString();
	}

}
