package app.briefings.importer;

import app.briefings.ingestion.document.IngestDocumentInput;
import org.jspecify.annotations.Nullable;

/**
 * One record read from a file: either a document to ingest or, when it could not be read,
 * the reason; never both.
 */
record ImportRecord(RecordLocation location, @Nullable IngestDocumentInput document, @Nullable Rejection unreadable) {

	static ImportRecord of(RecordLocation location, IngestDocumentInput document) {
		return new ImportRecord(location, document, null);
	}

	static ImportRecord rejected(RecordLocation location, Rejection rejection) {
		return new ImportRecord(location, null, rejection);
	}

	@Nullable String externalId() {
		return (this.document != null) ? this.document.externalId() : null;
	}

}
