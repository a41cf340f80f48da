package app.briefings.changefeed;

import java.util.List;

/**
 * The changes of one write grouped together, published by the change feed besides one
 * {@link BriefingChanged} per briefing, for listeners that handle many briefings at once
 * cheaper than one at a time (the search index reads them in one query). The event
 * carries only the ids: listeners read the briefings as stored now.
 */
public record BriefingsChanged(List<String> briefingIds) {

	public BriefingsChanged {
		briefingIds = List.copyOf(briefingIds);
	}

}
