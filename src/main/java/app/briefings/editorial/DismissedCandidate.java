package app.briefings.editorial;

import java.util.List;

import app.briefings.graphql.node.GlobalId;
import app.briefings.security.AuditTargets;

/** The payload of dismissing a candidate: the candidate as stored now. */
record DismissedCandidate(EntityCandidate candidate) implements AuditTargets {

	@Override
	public List<String> auditTargetIds() {
		return List.of(GlobalId.encode("EntityCandidate", this.candidate.id()));
	}

}
