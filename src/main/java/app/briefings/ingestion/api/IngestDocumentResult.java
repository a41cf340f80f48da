package app.briefings.ingestion.api;

import java.util.List;

import app.briefings.briefing.Briefing;
import app.briefings.ingestion.IngestError;
import app.briefings.ingestion.IngestOutcome;
import app.briefings.ingestion.IngestionResult;
import org.jspecify.annotations.Nullable;

/**
 * The result for one item of {@code ingestDocuments}: the {@code IngestDocumentResult} of
 * the schema, an {@link IngestionResult} with its position in the input. Its accessors
 * are public so that GraphQL's property fetcher reads them.
 */
record IngestDocumentResult(int index, IngestionResult result) {

	public @Nullable String externalId() {
		return this.result.externalId();
	}

	public IngestOutcome outcome() {
		return this.result.outcome();
	}

	public List<Briefing> briefings() {
		return this.result.briefings();
	}

	public @Nullable IngestError error() {
		return this.result.error();
	}

	public @Nullable String documentId() {
		return this.result.documentId();
	}

}
