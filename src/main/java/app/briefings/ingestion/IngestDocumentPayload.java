package app.briefings.ingestion;

import java.util.ArrayList;
import java.util.List;

import app.briefings.briefing.Briefing;
import app.briefings.graphql.node.GlobalId;
import app.briefings.security.AuditTargets;

/**
 * The briefings a document became, what ingesting it did, and whether it had been
 * ingested before ({@code duplicate}, kept for clients written before {@code outcome}).
 */
public record IngestDocumentPayload(List<Briefing> briefings, boolean duplicate, IngestOutcome outcome,
		String documentId) implements AuditTargets {

	public IngestDocumentPayload {
		briefings = List.copyOf(briefings);
	}

	static IngestDocumentPayload of(IngestionResult result) {
		return new IngestDocumentPayload(result.briefings(), result.outcome() == IngestOutcome.DUPLICATE,
				result.outcome(), result.documentId());
	}

	@Override
	public List<String> auditTargetIds() {
		List<String> ids = new ArrayList<>(this.briefings.size() + 1);
		ids.add(GlobalId.encode("IngestionRecord", this.documentId));
		for (Briefing briefing : this.briefings) {
			ids.add(GlobalId.encode("Briefing", briefing.id()));
		}
		return ids;
	}

}
