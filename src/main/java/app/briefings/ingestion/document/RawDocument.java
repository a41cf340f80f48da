package app.briefings.ingestion.document;

import java.time.Instant;
import java.util.List;

import app.briefings.ingestion.extraction.ExtractionInput;
import app.briefings.ingestion.extraction.RemovedLine;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A document exactly as received: the source of truth for re-extraction and provenance.
 * The earlier texts corrections replaced are kept outside it, in
 * {@link DocumentRevisionStore} (documents stored before that hold them in a
 * {@code revisions} array, still read by {@code IngestionRecords}).
 *
 * @param id derived from the document's {@link DocumentIdentity} with a server-side key
 * ({@link DocumentIds}); documents stored before that carry a derivable id
 * ({@link DocumentIdentity#derivableId()}), or the first characters of their content hash
 * @param externalKey partner and external id together, unique when present
 * @param contentHash SHA-256 of the current text with line endings and outer white space
 * normalized
 * @param receivedAt when the document was first received
 * @param version the current version, from 1; raised by each correction and retraction
 * @param revisedAt when the current text arrived as a correction, null for the first text
 * @param retracted whether the partner retracted the document; while the retraction is
 * pending the status stays {@code PENDING}
 * @param removedLines the lines of the current text that extraction put in no briefing
 * (navigation, bylines, metadata, datelines…), each with what it was taken for, so that
 * editors can see what was removed and why; empty until the version is extracted
 */
@Document(DocumentFields.COLLECTION)
public record RawDocument(@Id String id, String partner, @Nullable String externalId, @Nullable String externalKey,
		String contentHash, String text, @Nullable String sourceName, @Nullable String sourceUrl,
		@Nullable Instant publishedAt, @Nullable String language, Instant receivedAt, DocumentStatus status,
		List<String> briefingIds, int version, @Nullable Instant revisedAt, boolean retracted,
		List<RemovedLine> removedLines) {

	public static final int FIRST_VERSION = 1;

	@PersistenceCreator
	public RawDocument {
		briefingIds = (briefingIds != null) ? List.copyOf(briefingIds) : List.of();
		removedLines = (removedLines != null) ? List.copyOf(removedLines) : List.of();
		version = Math.max(version, FIRST_VERSION);
	}

	RawDocument(String id, String partner, @Nullable String externalId, @Nullable String externalKey,
			String contentHash, String text, @Nullable String sourceName, @Nullable String sourceUrl,
			@Nullable Instant publishedAt, @Nullable String language, Instant receivedAt, DocumentStatus status,
			List<String> briefingIds) {
		this(id, partner, externalId, externalKey, contentHash, text, sourceName, sourceUrl, publishedAt, language,
				receivedAt, status, briefingIds, FIRST_VERSION, null, false, List.of());
	}

	public static RawDocument pending(ValidatedDocument document, String partner, Instant receivedAt, DocumentIds ids) {
		DocumentIdentity identity = new DocumentIdentity(partner, document.externalId(),
				ContentHash.of(document.text()));
		return new RawDocument(ids.idOf(identity), partner, document.externalId(), identity.externalKey(),
				identity.contentHash(), document.text(), document.sourceName(), document.sourceUrl(),
				document.publishedAt(), document.language(), receivedAt, DocumentStatus.PENDING, List.of());
	}

	public DocumentIdentity identity() {
		return new DocumentIdentity(this.partner, this.externalId, this.contentHash);
	}

	/** The current text as an earlier revision, for when a correction replaces it. */
	DocumentRevision currentRevision() {
		return new DocumentRevision(this.version, this.text, this.contentHash,
				(this.revisedAt != null) ? this.revisedAt : this.receivedAt);
	}

	ValidatedDocument toValidated() {
		return new ValidatedDocument(this.text, this.sourceName, this.sourceUrl, this.publishedAt, this.language,
				this.externalId);
	}

	public ExtractionInput extractionInput() {
		return toValidated().extractionInput();
	}

}
