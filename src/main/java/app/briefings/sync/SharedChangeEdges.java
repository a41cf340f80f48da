package app.briefings.sync;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.RetractedBriefingReaders;
import app.briefings.graphql.paging.Edge;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;

/**
 * The edges of logged changes as followers of the live tail receive them, made once per
 * change and briefing as read and handed to every follower. A burst of resumers replaying
 * the same changes from the replay window made each change's cursor, global ID and
 * {@code BriefingChange} once per resumer, and every later look-up of the result they
 * share compared those equal copies field by field; now they receive the same instance.
 * <p>
 * Only a change that every caller sees alike is shared: a retraction, a change whose
 * briefing is gone, or one whose briefing is not retracted. A retracted briefing is seen
 * whole by some callers and as a tombstone by others, so its change is still made for
 * each follower. An edge is reused only for the very briefing instance it was made with,
 * so a follower never gets a briefing older than the one it was handed. At most
 * {@code maxHeld} edges are kept; when full, all are dropped and made again as needed.
 */
final class SharedChangeEdges {

	private final BriefingChanges changes;

	private final int maxHeld;

	private final Map<Long, Held> bySequence = new ConcurrentHashMap<>();

	private final AtomicLong made = new AtomicLong();

	SharedChangeEdges(BriefingChanges changes, int maxHeld) {
		this.changes = changes;
		this.maxHeld = maxHeld;
	}

	/** The edge of this change with this briefing as read, as this caller may see it. */
	Edge<BriefingChange> edge(ChangeEntry entry, @Nullable Briefing stored, @Nullable Authentication caller) {
		if (!seenAlikeByEveryone(entry, stored)) {
			return make(entry, stored, caller);
		}
		Held held = this.bySequence.get(entry.sequence());
		if (held != null && held.stored() == stored && held.entry().equals(entry)) {
			return held.edge();
		}
		Edge<BriefingChange> edge = make(entry, stored, caller);
		if (this.bySequence.size() >= this.maxHeld) {
			this.bySequence.clear();
		}
		this.bySequence.put(entry.sequence(), new Held(entry, stored, edge));
		return edge;
	}

	/** How many edges were made, shared or not. */
	long made() {
		return this.made.get();
	}

	private Edge<BriefingChange> make(ChangeEntry entry, @Nullable Briefing stored, @Nullable Authentication caller) {
		this.made.incrementAndGet();
		return new Edge<>(new SyncToken(entry.sequence()).encode(), this.changes.change(entry, stored, caller));
	}

	private static boolean seenAlikeByEveryone(ChangeEntry entry, @Nullable Briefing stored) {
		return stored == null || entry.kind() == BriefingChangeKind.RETRACTED
				|| RetractedBriefingReaders.seenWholeByEveryone(stored);
	}

	private record Held(ChangeEntry entry, @Nullable Briefing stored, Edge<BriefingChange> edge) {

	}

}
