package app.briefings.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingRepository;
import app.briefings.briefing.FeedCriteria;
import app.briefings.briefing.RetractedBriefingReaders;
import app.briefings.graphql.node.GlobalId;
import app.briefings.graphql.paging.Edge;
import app.briefings.graphql.paging.PageInfo;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;

/**
 * Pages through the change log for one reader: keeps the changes that pass the filter and
 * shows each briefing as the reader may see it. A page reads at most
 * {@code maxScannedPerPage} entries, so a narrow filter cannot make it read the whole
 * log; its token then continues from where it stopped.
 */
class BriefingChanges {

	private final ChangeLogReader log;

	private final BriefingRepository briefings;

	private final RetractedBriefingReaders readers;

	private final int maxScanned;

	BriefingChanges(ChangeLogReader log, BriefingRepository briefings, RetractedBriefingReaders readers,
			int maxScanned) {
		this.log = log;
		this.briefings = briefings;
		this.readers = readers;
		this.maxScanned = maxScanned;
	}

	/** Up to {@code first} changes after the token that pass the filter, oldest first. */
	BriefingChangeConnection page(@Nullable SyncToken after, int first, FeedCriteria criteria,
			@Nullable Authentication caller) {
		List<Edge<BriefingChange>> edges = new ArrayList<>();
		SyncToken position = after;
		int scanned = 0;
		boolean more = true;
		while (more && edges.size() < first && scanned < this.maxScanned) {
			ChangeLogReader.Batch batch = this.log.read(position, Math.min(first + 1, this.maxScanned - scanned));
			Map<String, Briefing> stored = storedBriefings(batch.entries());
			position = new SyncToken(batch.through());
			more = batch.more();
			for (int index = 0; index < batch.entries().size() && edges.size() < first; index++) {
				ChangeEntry entry = batch.entries().get(index);
				scanned++;
				position = new SyncToken(entry.sequence());
				more = batch.more() || index < batch.entries().size() - 1;
				Briefing briefing = stored.get(entry.briefingId());
				if (passes(criteria, briefing)) {
					edges.add(new Edge<>(position.encode(), change(entry, briefing, caller)));
				}
			}
			if (!more) {
				position = new SyncToken(batch.through());
			}
		}
		String token = (position != null) ? position.encode() : new SyncToken(0).encode();
		return new BriefingChangeConnection(List.copyOf(edges), pageInfo(edges, after != null, more), token);
	}

	/** The briefings these entries name, read once. */
	Map<String, Briefing> storedBriefings(List<ChangeEntry> entries) {
		Set<String> ids = new LinkedHashSet<>();
		for (ChangeEntry entry : entries) {
			ids.add(entry.briefingId());
		}
		Map<String, Briefing> byId = new HashMap<>();
		if (ids.isEmpty()) {
			return byId;
		}
		for (Briefing briefing : this.briefings.findByIdIn(ids)) {
			byId.put(briefing.id(), briefing);
		}
		return byId;
	}

	static boolean passes(FeedCriteria criteria, @Nullable Briefing briefing) {
		if (criteria.equals(FeedCriteria.NONE)) {
			return true;
		}
		return briefing != null && criteria.matchesContent(briefing);
	}

	BriefingChange change(ChangeEntry entry, @Nullable Briefing stored, @Nullable Authentication caller) {
		Briefing visible = null;
		if (stored != null && entry.kind() != BriefingChangeKind.RETRACTED) {
			visible = this.readers.asSeenBy(caller, stored);
		}
		return new BriefingChange(GlobalId.encode("Briefing", entry.briefingId()), entry.kind(), entry.version(),
				entry.changedAt(), visible);
	}

	private static PageInfo pageInfo(List<Edge<BriefingChange>> edges, boolean hasPrevious, boolean hasNext) {
		String start = edges.isEmpty() ? null : edges.get(0).cursor();
		String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
		return new PageInfo(hasNext, hasPrevious, start, end);
	}

}
