package app.briefings.ingestion.api;

import java.time.Instant;
import java.util.List;

import app.briefings.ingestion.document.DocumentFields;
import app.briefings.ingestion.document.DocumentStatus;
import app.briefings.ingestion.document.RawDocument;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The read model of a stored raw document for its partner: the {@code IngestionRecord} of
 * the schema, read from {@code documents} without the current and earlier texts, which
 * are loaded only when asked for.
 */
@Document(DocumentFields.COLLECTION)
record IngestionRecord(@Id String id, String partner, @Nullable String externalId, DocumentStatus status,
		Instant receivedAt, List<String> briefingIds, @Nullable String sourceName, int version,
		@Nullable Instant revisedAt) {

	IngestionRecord {
		briefingIds = (briefingIds != null) ? List.copyOf(briefingIds) : List.of();
		version = Math.max(version, RawDocument.FIRST_VERSION);
	}

	/** The fields of a stored document this read model leaves out: the texts. */
	static Query withoutTexts(Query query) {
		query.fields().exclude("text").exclude("revisions");
		return query;
	}

}
