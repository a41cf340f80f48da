package app.briefings.search;

import java.util.List;

import app.briefings.briefing.TextSpan;

/**
 * A piece of a briefing's title or body around the words a search matched.
 *
 * @param field {@code title} or {@code body}
 * @param offset where {@code text} starts in the field
 * @param highlights the matched words, as ranges of {@code text}
 */
record Snippet(String field, String text, int offset, List<TextSpan> highlights) {

	Snippet {
		highlights = List.copyOf(highlights);
	}

}
