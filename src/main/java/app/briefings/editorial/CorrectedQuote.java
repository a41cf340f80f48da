package app.briefings.editorial;

import java.util.List;

import app.briefings.briefing.Briefing;
import app.briefings.graphql.node.GlobalId;
import app.briefings.security.AuditTargets;

/** The payload of a quote speaker correction: the briefing as stored now. */
record CorrectedQuote(Briefing briefing, String speakerGlobalId) implements AuditTargets {

	@Override
	public List<String> auditTargetIds() {
		return List.of(GlobalId.encode("Briefing", this.briefing.id()), this.speakerGlobalId);
	}

}
