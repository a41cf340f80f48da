package app.briefings.sync;

import java.time.Instant;
import java.util.Objects;

import app.briefings.briefing.Briefing;
import org.jspecify.annotations.Nullable;

/**
 * A change to a briefing as clients read it: the {@code BriefingChange} type.
 * <p>
 * Its hash leaves the briefing out: every subscriber's event is hashed when it looks up
 * the result it shares with others ({@code graphql.subscription}), and hashing a whole
 * briefing (its quotes, mentions and dates) per subscriber and event was a measurable
 * share of a burst of resumers. Changes that are equal have equal ids, kinds, versions
 * and times, so the hash still agrees with {@link #equals}; equality compares the
 * briefing, and is quick when it is the same instance, as the replay window hands every
 * resumer.
 *
 * @param briefingId the briefing's global ID
 * @param version the briefing's version after the change
 * @param briefing the briefing as it is now and as the caller may see it; null for a
 * retraction
 */
record BriefingChange(String briefingId, BriefingChangeKind kind, int version, Instant changedAt,
		@Nullable Briefing briefing) {

	@Override
	public int hashCode() {
		return Objects.hash(this.briefingId, this.kind, this.version, this.changedAt, this.briefing == null);
	}

}
