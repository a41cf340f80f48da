package app.briefings.ingestion.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each run of letters and numbers starts in one text, read once, so that finding
 * many words whole in it ({@link WholeWords#of}) visits only the places where the word's
 * first run stands instead of scanning the whole text for every word.
 */
final class WholeWordIndex {

	private final String text;

	private final Map<String, List<Integer>> runStarts = new HashMap<>();

	WholeWordIndex(String text) {
		this.text = text;
		int offset = 0;
		while (offset < text.length()) {
			Checkpoints.check(offset);
			int end = runEnd(text, offset);
			if (end > offset) {
				this.runStarts.computeIfAbsent(text.substring(offset, end), (run) -> new ArrayList<>(2)).add(offset);
				offset = end;
			}
			else {
				offset++;
			}
		}
	}

	/** What {@link WholeWords#of} finds for the word in this index's text. */
	List<Span> of(String word) {
		int firstRunEnd = runEnd(word, 0);
		if (firstRunEnd == 0 || WholeWords.hasSurrogates(word)) {
			return WholeWords.of(word, this.text);
		}
		List<Span> found = new ArrayList<>();
		int taken = 0;
		for (int start : this.runStarts.getOrDefault(word.substring(0, firstRunEnd), List.of())) {
			int end = start + word.length();
			if (start >= taken && this.text.startsWith(word, start) && WholeWords.standsAlone(this.text, start, end)) {
				found.add(new Span(start, end));
				taken = end;
			}
		}
		return found;
	}

	private static int runEnd(String text, int from) {
		int end = from;
		while (end < text.length() && WholeWords.isLetterOrNumber(text.charAt(end))) {
			end++;
		}
		return end;
	}

}
