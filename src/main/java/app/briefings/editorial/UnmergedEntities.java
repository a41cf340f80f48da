package app.briefings.editorial;

import java.util.ArrayList;
import java.util.List;

import app.briefings.graphql.node.GlobalId;
import app.briefings.security.AuditTargets;

/**
 * The payload of undoing a merge: the restored entity and the survivor as stored now, the
 * briefings given back their mentions at once (named in the audit trail), and the
 * re-extraction that started.
 */
record UnmergedEntities(Object entity, String entityGlobalId, Object survivor, String survivorGlobalId,
		List<String> restoredBriefingIds, ReextractionJob reextraction) implements AuditTargets {

	/** How many briefings got their mentions back at once. */
	public int restoredBriefings() {
		return this.restoredBriefingIds.size();
	}

	@Override
	public List<String> auditTargetIds() {
		List<String> ids = new ArrayList<>(List.of(this.entityGlobalId, this.survivorGlobalId));
		for (String briefingId : this.restoredBriefingIds) {
			ids.add(GlobalId.encode("Briefing", briefingId));
		}
		return ids;
	}

}
