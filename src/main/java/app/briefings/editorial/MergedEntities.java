package app.briefings.editorial;

import java.util.List;

import app.briefings.security.AuditTargets;
import org.jspecify.annotations.Nullable;

/**
 * The payload of a merge: the survivor as stored now, how many briefings were rewritten
 * to it at once, and the re-extraction that started.
 */
record MergedEntities(Object survivor, String survivorGlobalId, String mergedGlobalId, int rewrittenBriefings,
		@Nullable ReextractionJob reextraction) implements AuditTargets {

	@Override
	public List<String> auditTargetIds() {
		return List.of(this.survivorGlobalId, this.mergedGlobalId);
	}

}
