package app.briefings.editorial;

import java.util.List;

import app.briefings.briefing.Briefing;
import app.briefings.graphql.node.GlobalId;
import app.briefings.security.AuditTargets;

/** The payload of removing a mention: the briefing as stored now. */
record UnlinkedMentionPayload(Briefing briefing, String entityGlobalId) implements AuditTargets {

	@Override
	public List<String> auditTargetIds() {
		return List.of(GlobalId.encode("Briefing", this.briefing.id()), this.entityGlobalId);
	}

}
