package app.briefings.search;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingRepository;

import org.springframework.stereotype.Component;

/**
 * Brings the index entries of some briefings in line with MongoDB: each is read as stored
 * now and indexed, or removed when it is gone. One caller at a time, so that an entry
 * read earlier can never overwrite one read later (the change feed and a catch-up may
 * touch the same briefing at once).
 */
@Component
class BriefingReindexer {

	private final SearchIndex index;

	private final BriefingRepository briefings;

	BriefingReindexer(SearchIndex index, BriefingRepository briefings) {
		this.index = index;
		this.briefings = briefings;
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
