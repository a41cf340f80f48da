package app.briefings.ingestion.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the non-overlapping matches of a pattern that can only begin where a word begins,
 * trying it at word starts alone. For the long alternations of titles, verbs and months
 * this is several times faster than letting {@link Matcher#find()} try every character.
 */
final class WordStartMatches {

	private WordStartMatches() {
	}

	static List<MatchResult> of(Pattern pattern, String text) {
		List<MatchResult> matches = new ArrayList<>();
		Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
		int offset = 0;
		while (offset < text.length()) {
			if (isWordStart(text, offset) && matcher.region(offset, text.length()).lookingAt()) {
				matches.add(matcher.toMatchResult());
				offset = Math.max(matcher.end(), offset + 1);
				continue;
			}
			offset++;
		}
		return matches;
	}

	private static boolean isWordStart(String text, int offset) {
		boolean inWord = Character.isLetterOrDigit(text.charAt(offset));
		return inWord && (offset == 0 || !Character.isLetterOrDigit(text.charAt(offset - 1)));
	}

}
