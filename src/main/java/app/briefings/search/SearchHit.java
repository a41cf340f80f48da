package app.briefings.search;

import java.util.List;

/**
 * One briefing found by a search, with its relevance score, its opaque paging cursor and
 * its snippets.
 */
record SearchHit(String briefingId, float score, String cursor, List<Snippet> snippets) {

	SearchHit {
		snippets = List.copyOf(snippets);
	}

}
