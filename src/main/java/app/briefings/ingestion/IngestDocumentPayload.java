package app.briefings.ingestion;

import java.util.ArrayList;
import java.util.List;

import app.briefings.briefing.Briefing;
import app.briefings.graphql.GlobalId;
import app.briefings.security.AuditTargets;

/** The briefings a document became, and whether it had been ingested before. */
public record IngestDocumentPayload(List<Briefing> briefings, boolean duplicate) implements AuditTargets {

	public IngestDocumentPayload {
		briefings = List.copyOf(briefings);
	}

	@Override
	public List<String> auditTargetIds() {
		List<String> ids = new ArrayList<>(this.briefings.size());
		for (Briefing briefing : this.briefings) {
			ids.add(GlobalId.encode("Briefing", briefing.id()));
		}
		return ids;
	}

}
