package app.briefings.editorial;

import java.util.List;

import app.briefings.graphql.node.GlobalId;
import app.briefings.security.AuditTargets;

/**
 * The payload of accepting a candidate: the candidate as stored now, the entity it became
 * an alias of or became, and the re-extraction that started.
 */
record AcceptedCandidate(EntityCandidate candidate, Object entity, String entityGlobalId,
		ReextractionJob reextraction) implements AuditTargets {

	@Override
	public List<String> auditTargetIds() {
		return List.of(GlobalId.encode("EntityCandidate", this.candidate.id()), this.entityGlobalId);
	}

}
