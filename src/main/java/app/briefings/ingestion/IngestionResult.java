package app.briefings.ingestion;

import java.util.List;

import app.briefings.briefing.Briefing;
import app.briefings.ingestion.document.RawDocument;
import org.jspecify.annotations.Nullable;

/**
 * What ingesting one document did, for every caller of {@link IngestionService}: the
 * outcome, the briefings of the document's current version (empty when rejected), the id
 * of the stored document and, for a rejected input, the error.
 *
 * @param documentId the stored document, null when rejected
 */
public record IngestionResult(IngestOutcome outcome, @Nullable String externalId, List<Briefing> briefings,
		@Nullable String documentId, @Nullable IngestError error) {

	public IngestionResult {
		briefings = List.copyOf(briefings);
	}

	static IngestionResult stored(IngestOutcome outcome, RawDocument document, List<Briefing> briefings) {
		return new IngestionResult(outcome, document.externalId(), briefings, document.id(), null);
	}

	static IngestionResult rejected(@Nullable String externalId, IngestError error) {
		return new IngestionResult(IngestOutcome.REJECTED, externalId, List.of(), null, error);
	}

}
