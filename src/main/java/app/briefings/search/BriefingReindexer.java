package app.briefings.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Collections;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingRepository;

import org.springframework.stereotype.Component;

/**
 * Brings the index entries of some briefings in line with MongoDB: each is read as stored
 * now and indexed, or removed when it is gone. One caller at a time, so that an entry
 * read earlier can never overwrite one read later (the change feed and a catch-up may
 * touch the same briefing at once).
 * <p>
 * A briefing of a document's first version, passed as its inserting caller wrote it, is
 * indexed as written without a read, unless a change of it was read back before: every
 * later change of a stored briefing (a correction, retraction, edit, re-extraction or the
 * completion by a duplicate) reaches the index as an id to read back, and its id is
 * remembered, so a first write whose announcement arrives late never overwrites what a
 * later change indexed. The last {@value #REMEMBERED_CHANGES} such ids are remembered: an
 * announcement of a first write comes within moments of its insert, long before that many
 * other briefings have changed, and the memory stays bounded however long the instance
 * runs.
 */
@Component
class BriefingReindexer {

	static final int REMEMBERED_CHANGES = 10_000;

	private final Set<String> changedSinceInsert = Collections.newSetFromMap(new LinkedHashMap<>() {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
			return size() > REMEMBERED_CHANGES;
		}

	});

	private final SearchIndex index;

	private final BriefingRepository briefings;

	BriefingReindexer(SearchIndex index, BriefingRepository briefings) {
		this.index = index;
		this.briefings = briefings;
	}

	/**
	 * Brings the entries of changed briefings in line: those among {@code inserted} as
	 * written, unless changed since, the others as stored now.
	 */
	synchronized void reindexChanged(List<String> briefingIds, Map<String, Briefing> inserted) {
		List<String> readBack = new ArrayList<>(briefingIds.size());
		for (String id : briefingIds) {
			Briefing written = inserted.get(id);
			if (written != null && !this.changedSinceInsert.contains(id)) {
				this.index.index(written);
			}
			else {
				readBack.add(id);
			}
		}
		if (readBack.isEmpty()) {
			return;
		}
		this.changedSinceInsert.addAll(readBack);
		reindex(readBack);
	}

	/**
	 * How many ids of briefings changed after their first write are remembered.
	 */
	synchronized int rememberedChanges() {
		return this.changedSinceInsert.size();
	}

	synchronized void reindex(Collection<String> briefingIds) {
		Map<String, Briefing> stored = new HashMap<>();
		for (Briefing briefing : this.briefings.findByIdIn(briefingIds)) {
			stored.put(briefing.id(), briefing);
		}
		for (String id : briefingIds) {
			Briefing briefing = stored.get(id);
			if (briefing == null) {
				this.index.remove(id);
				continue;
			}
			this.index.index(briefing);
		}
	}

}
