package app.briefings.ingestion;

import java.util.ArrayList;
import java.util.List;

import app.briefings.briefing.Briefing;
import app.briefings.graphql.node.GlobalId;
import app.briefings.security.AuditTargets;

/**
 * The retracted document and its briefings, and whether it had been retracted before.
 */
public record RetractDocumentPayload(String documentId, List<Briefing> briefings,
		boolean alreadyRetracted) implements AuditTargets {

	public RetractDocumentPayload {
		briefings = List.copyOf(briefings);
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
