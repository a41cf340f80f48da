package app.briefings.editorial;

import java.util.ArrayList;
import java.util.List;

import app.briefings.graphql.node.GlobalId;
import app.briefings.security.AuditTargets;

/**
 * The payload of a merge: the survivor as stored now, the briefings rewritten to it at
 * once (named in the audit trail), and the re-extraction that started.
 */
record MergedEntities(Object survivor, String survivorGlobalId, String mergedGlobalId,
		List<String> rewrittenBriefingIds, ReextractionJob reextraction) implements AuditTargets {

	/** How many briefings were rewritten at once. */
	public int rewrittenBriefings() {
		return this.rewrittenBriefingIds.size();
	}

	@Override
	public List<String> auditTargetIds() {
		List<String> ids = new ArrayList<>(List.of(this.survivorGlobalId, this.mergedGlobalId));
		for (String briefingId : this.rewrittenBriefingIds) {
			ids.add(GlobalId.encode("Briefing", briefingId));
		}
		return ids;
	}

}
