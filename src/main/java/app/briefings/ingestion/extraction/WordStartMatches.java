package app.briefings.ingestion.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Finds the non-overlapping matches of a pattern that can only begin where a word begins,
 * trying it at word starts alone, and only at those whose first characters can open a
 * match ({@link MatchOpenings}). For the long alternations of titles, verbs and months
 * this is several times faster than letting {@link Matcher#find()} try every character.
 */
final class WordStartMatches {

	private static final ThreadLocal<WordStarts> LAST_WORD_STARTS = ThreadLocal
		.withInitial(() -> new WordStarts("", new int[0], new long[0]));

	private WordStartMatches() {
	}

	static List<MatchResult> of(Pattern pattern, String text) {
		return of(pattern, text, (offset) -> true);
	}

	/**
	 * The matches {@link #of(Pattern, String)} gives, tried only at the word starts that
	 * a cheaper test lets through; the test must let through every offset where a match
	 * can begin.
	 */
	static List<MatchResult> of(Pattern pattern, String text, IntPredicate mayBeginAt) {
		MatchOpenings openings = MatchOpenings.of(pattern);
		List<MatchResult> matches = new ArrayList<>();
		Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
		WordStarts wordStarts = wordStartsOf(text);
		int[] starts = wordStarts.starts();
		long[] openingKeys = wordStarts.openingKeys();
		int searchedUpTo = 0;
		for (int i = 0; i < starts.length; i++) {
			Checkpoints.check(i);
			int offset = starts[i];
			if (offset < searchedUpTo || !mayBeginAt.test(offset)
					|| !openings.mayOpenInTextAt(text, offset, openingKeys[i])) {
				continue;
			}
			if (matcher.region(offset, text.length()).lookingAt()) {
				matches.add(matcher.toMatchResult());
				searchedUpTo = Math.max(matcher.end(), offset + 1);
			}
		}
		return matches;
	}

	/**
	 * The matches that repeated {@link Matcher#find()} gives, for a pattern that can only
	 * begin with a letter no letter precedes (one that opens with a letter and looks
	 * behind it for none), tried only there and only where its opening allows.
	 */
	static List<MatchResult> afterNonLetters(Pattern pattern, String text) {
		MatchOpenings openings = MatchOpenings.of(pattern);
		List<MatchResult> matches = new ArrayList<>();
		Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
		int searchedUpTo = 0;
		for (int offset = 0; offset < text.length(); offset++) {
			Checkpoints.check(offset);
			boolean letterStart = Character.isLetter(text.charAt(offset))
					&& (offset == 0 || !Character.isLetter(text.charAt(offset - 1)));
			if (offset < searchedUpTo || !letterStart || !openings.mayOpenInTextAt(text, offset, text.length())) {
				continue;
			}
			if (matcher.region(offset, text.length()).lookingAt()) {
				matches.add(matcher.toMatchResult());
				searchedUpTo = Math.max(matcher.end(), offset + 1);
			}
		}
		return matches;
	}

	/**
	 * Whether {@link Matcher#find()} finds a match of a pattern that looks behind its
	 * start for no letter or digit, tried only where none precedes and the opening
	 * allows.
	 */
	static boolean existsAfterNonWord(Pattern pattern, String text) {
		MatchOpenings openings = MatchOpenings.of(pattern);
		Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
		for (int offset = 0; offset < text.length(); offset++) {
			boolean afterNonWord = offset == 0 || !Character.isLetterOrDigit(text.charAt(offset - 1));
			if (afterNonWord && openings.mayOpenInTextAt(text, offset, text.length())
					&& matcher.region(offset, text.length()).lookingAt()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The match that {@link Matcher#find()} would give searching from {@code from} to
	 * {@code end} with transparent, non-anchoring bounds, for a pattern that can only
	 * begin where a word begins, or {@code null} when that match does not start by
	 * {@code lastStart}.
	 */
	static @Nullable MatchResult first(Pattern pattern, String text, int from, int lastStart, int end) {
		MatchOpenings openings = MatchOpenings.of(pattern);
		Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
		WordStarts wordStarts = wordStartsOf(text);
		int[] starts = wordStarts.starts();
		for (int i = firstAtOrAfter(starts, from); i < starts.length && starts[i] <= lastStart; i++) {
			int offset = starts[i];
			boolean mayOpen = end == text.length() ? openings.mayOpenInTextAt(text, offset, wordStarts.openingKeys()[i])
					: openings.mayOpenInTextAt(text, offset, end);
			if (mayOpen && matcher.region(offset, end).lookingAt()) {
				return matcher.toMatchResult();
			}
		}
		return null;
	}

	private static int firstAtOrAfter(int[] starts, int offset) {
		int found = Arrays.binarySearch(starts, offset);
		return found >= 0 ? found : -found - 1;
	}

	/**
	 * Where the words of a text start, with the keys of their openings
	 * ({@link MatchOpenings#keyAt}). The same text is searched with many patterns in a
	 * row, so each thread keeps the word starts of the last text it was given.
	 */
	private static WordStarts wordStartsOf(String text) {
		WordStarts last = LAST_WORD_STARTS.get();
		if (last.text() == text) {
			return last;
		}
		int[] starts = new int[text.length() / 2 + 1];
		int count = 0;
		for (int offset = 0; offset < text.length(); offset++) {
			Checkpoints.check(offset);
			if (isWordStart(text, offset)) {
				starts[count++] = offset;
			}
		}
		long[] openingKeys = new long[count];
		for (int i = 0; i < count; i++) {
			openingKeys[i] = MatchOpenings.keyAt(text, starts[i]);
		}
		WordStarts found = new WordStarts(text, Arrays.copyOf(starts, count), openingKeys);
		LAST_WORD_STARTS.set(found);
		return found;
	}

	private static boolean isWordStart(String text, int offset) {
		boolean inWord = Character.isLetterOrDigit(text.charAt(offset));
		return inWord && (offset == 0 || !Character.isLetterOrDigit(text.charAt(offset - 1)));
	}

	/** The offsets where the words of a text start and the keys of their openings. */
	private record WordStarts(String text, int[] starts, long[] openingKeys) {
	}

}
