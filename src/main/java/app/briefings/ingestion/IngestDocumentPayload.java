package app.briefings.ingestion;

import java.util.List;

import app.briefings.briefing.Briefing;

/** The briefings a document became, and whether it had been ingested before. */
public record IngestDocumentPayload(List<Briefing> briefings, boolean duplicate) {

	public IngestDocumentPayload {
		briefings = List.copyOf(briefings);
	}

}
