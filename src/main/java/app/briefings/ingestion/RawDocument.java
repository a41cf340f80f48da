package app.briefings.ingestion;

import java.time.Instant;
import java.util.List;

import app.briefings.ingestion.extraction.ExtractionInput;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A document exactly as received: the source of truth for re-extraction and provenance.
 *
 * @param id derived from the content hash, so the same text always gets the same id
 * @param externalKey partner and external id together, unique when present
 * @param contentHash SHA-256 of the text with line endings and outer white space
 * normalized
 */
@Document("documents")
record RawDocument(@Id String id, String partner, @Nullable String externalId, @Nullable String externalKey,
		String contentHash, String text, @Nullable String sourceName, @Nullable String sourceUrl,
		@Nullable Instant publishedAt, @Nullable String language, Instant receivedAt, DocumentStatus status,
		List<String> briefingIds) {

	RawDocument {
		briefingIds = (briefingIds != null) ? List.copyOf(briefingIds) : List.of();
	}

	static RawDocument pending(ValidatedDocument document, String partner, Instant receivedAt) {
		String contentHash = ContentHash.of(document.text());
		String externalKey = (document.externalId() != null) ? partner + "/" + document.externalId() : null;
		return new RawDocument(contentHash.substring(0, 24), partner, document.externalId(), externalKey, contentHash,
				document.text(), document.sourceName(), document.sourceUrl(), document.publishedAt(),
				document.language(), receivedAt, DocumentStatus.PENDING, List.of());
	}

	ValidatedDocument toValidated() {
		return new ValidatedDocument(this.text, this.sourceName, this.sourceUrl, this.publishedAt, this.language,
				this.externalId);
	}

	ExtractionInput extractionInput() {
		return toValidated().extractionInput();
	}

}
