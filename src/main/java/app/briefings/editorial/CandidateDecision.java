package app.briefings.editorial;

import java.util.ArrayList;
import java.util.List;

import app.briefings.graphql.node.GlobalId;
import app.briefings.security.AuditTargets;
import org.jspecify.annotations.Nullable;

/**
 * The payload of accepting or dismissing a candidate: the candidate as stored now, the
 * entity it became an alias of or became, and the re-extraction that started.
 */
record CandidateDecision(EntityCandidate candidate, @Nullable Object entity, @Nullable String entityGlobalId,
		@Nullable ReextractionJob reextraction) implements AuditTargets {

	@Override
	public List<String> auditTargetIds() {
		List<String> ids = new ArrayList<>(List.of(GlobalId.encode("EntityCandidate", this.candidate.id())));
		if (this.entityGlobalId != null) {
			ids.add(this.entityGlobalId);
		}
		return ids;
	}

}
