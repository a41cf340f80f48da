package app.briefings.ingestion.document;

import app.briefings.StoredFieldNames;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The field names the revision store queries and indexes by are those Spring Data stores
 * for a kept earlier text, so a renamed component fails here instead of the look-up of
 * earlier texts silently finding none.
 */
class DocumentRevisionFieldsTests {

	private final StoredFieldNames stored = new StoredFieldNames();

	@Test
	void shouldNameTheStoredFieldsOfKeptRevisions() {
		assertThat(this.stored.collectionOf(DocumentRevisionStore.StoredRevision.class))
			.isEqualTo(DocumentRevisionStore.COLLECTION);
		assertThat(this.stored.of(DocumentRevisionStore.StoredRevision.class))
			.contains(DocumentFields.REVISION_DOCUMENT_ID, DocumentFields.VERSION);
	}

}
