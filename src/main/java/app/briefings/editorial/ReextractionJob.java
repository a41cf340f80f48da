package app.briefings.editorial;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Stored documents being extracted again after a change to the knowledge base, with its
 * progress.
 *
 * @param reason the change that started it, such as {@code addEntityAlias}
 * @param documentCount how many documents it re-extracts
 * @param reextractedDocuments how many are done
 * @param failedDocuments how many failed; their briefings stay as they were
 */
@Document(EditorialFields.REEXTRACTION_JOBS)
record ReextractionJob(@Id String id, String reason, ReextractionStatus status, int documentCount,
		int reextractedDocuments, int failedDocuments, Instant createdAt, @Nullable Instant finishedAt) {

}
