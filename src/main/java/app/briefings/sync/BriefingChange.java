package app.briefings.sync;

import java.time.Instant;

import app.briefings.briefing.Briefing;
import org.jspecify.annotations.Nullable;

/**
 * A change to a briefing as clients read it: the {@code BriefingChange} type.
 *
 * @param briefingId the briefing's global ID
 * @param version the briefing's version after the change
 * @param briefing the briefing as it is now and as the caller may see it; null for a
 * retraction
 */
record BriefingChange(String briefingId, BriefingChangeKind kind, int version, Instant changedAt,
		@Nullable Briefing briefing) {

}
