package app.briefings.ingestion;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The read model of a stored raw document for its partner: the {@code IngestionRecord} of
 * the schema, read from {@code documents} without the text, which is loaded only when
 * asked for.
 */
@Document("documents")
record IngestionRecord(@Id String id, String partner, @Nullable String externalId, DocumentStatus status,
		Instant receivedAt, List<String> briefingIds, @Nullable String sourceName) {

	IngestionRecord {
		briefingIds = (briefingIds != null) ? List.copyOf(briefingIds) : List.of();
	}

}
