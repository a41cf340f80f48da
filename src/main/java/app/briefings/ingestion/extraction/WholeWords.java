package app.briefings.ingestion.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a word where it stands whole in a text, neither letter nor number touching it on
 * either side: what the pattern {@code (?<![\p{L}\p{N}])word(?![\p{L}\p{N}])} finds,
 * without compiling a pattern for every word.
 */
final class WholeWords {

	private static final int LETTERS_AND_NUMBERS = (1 << Character.UPPERCASE_LETTER) | (1 << Character.LOWERCASE_LETTER)
			| (1 << Character.TITLECASE_LETTER) | (1 << Character.MODIFIER_LETTER) | (1 << Character.OTHER_LETTER)
			| (1 << Character.DECIMAL_DIGIT_NUMBER) | (1 << Character.LETTER_NUMBER) | (1 << Character.OTHER_NUMBER);

	private WholeWords() {
	}

	/** The non-overlapping whole occurrences of a word, from left to right. */
	static List<Span> of(String word, String text) {
		if (word.isEmpty() || hasSurrogates(word)) {
			return byPattern(word, text);
		}
		List<Span> found = new ArrayList<>();
		int from = 0;
		while (from <= text.length()) {
			int start = text.indexOf(word, from);
			if (start < 0) {
				break;
			}
			int end = start + word.length();
			if (standsAlone(text, start, end)) {
				found.add(new Span(start, end));
				from = end;
				continue;
			}
			from = start + 1;
		}
		return found;
	}

	/**
	 * The pattern itself, for the words it treats in its own way: the empty word, and
	 * words with characters beyond the Basic Multilingual Plane, which make its
	 * lookbehind read whole code points.
	 */
	private static List<Span> byPattern(String word, String text) {
		List<Span> found = new ArrayList<>();
		Matcher matcher = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])")
			.matcher(text);
		while (matcher.find()) {
			found.add(new Span(matcher.start(), matcher.end()));
		}
		return found;
	}

	static boolean hasSurrogates(String word) {
		for (int i = 0; i < word.length(); i++) {
			if (Character.isSurrogate(word.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	static boolean standsAlone(String text, int start, int end) {
		return !letterOrNumberEndsAt(text, start) && !letterOrNumberStartsAt(text, end);
	}

	private static boolean letterOrNumberEndsAt(String text, int offset) {
		if (offset == 0) {
			return false;
		}
		int before = Character.codePointAt(text, offset - 1);
		return Character.charCount(before) == 1 && isLetterOrNumber(before);
	}

	private static boolean letterOrNumberStartsAt(String text, int offset) {
		return offset < text.length() && isLetterOrNumber(Character.codePointAt(text, offset));
	}

	static boolean isLetterOrNumber(int codePoint) {
		return ((1 << Character.getType(codePoint)) & LETTERS_AND_NUMBERS) != 0;
	}

}
