package app.briefings.changefeed;

import java.util.List;
import java.util.Map;

import app.briefings.briefing.Briefing;
import app.briefings.sync.LoggedEntries;

/**
 * The changes of one write grouped together, published by the change feed besides one
 * {@link BriefingChanged} per briefing, for listeners that handle many briefings at once
 * cheaper than one at a time (the search index reads them in one query). Listeners read
 * the briefings as stored now, except those of a document's first version, which the
 * in-process feed passes as the inserting caller wrote them.
 *
 * @param inserted briefings among the ids as written by the caller that inserted their
 * document, by id; never a later change of them
 */
public record BriefingsChanged(List<String> briefingIds, Map<String, Briefing> inserted, LoggedEntries logged) {

	public BriefingsChanged {
		briefingIds = List.copyOf(briefingIds);
		inserted = Map.copyOf(inserted);
	}

	public BriefingsChanged(List<String> briefingIds, Map<String, Briefing> inserted) {
		this(briefingIds, inserted, LoggedEntries.NONE);
	}

	public BriefingsChanged(List<String> briefingIds) {
		this(briefingIds, Map.of());
	}

}
