package app.briefings.ingestion;

import java.util.List;

import app.briefings.briefing.Briefing;
import org.jspecify.annotations.Nullable;

/**
 * The result for one item of {@code ingestDocuments}: the {@code IngestDocumentResult} of
 * the schema, an {@link IngestionResult} with its position in the input.
 */
record IngestDocumentResult(int index, IngestionResult result) {

	@Nullable String externalId() {
		return this.result.externalId();
	}

	IngestOutcome outcome() {
		return this.result.outcome();
	}

	List<Briefing> briefings() {
		return this.result.briefings();
	}

	@Nullable IngestError error() {
		return this.result.error();
	}

	@Nullable String documentId() {
		return this.result.documentId();
	}

}
