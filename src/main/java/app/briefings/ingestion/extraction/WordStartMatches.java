package app.briefings.ingestion.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the non-overlapping matches of a pattern that can only begin where a word begins,
 * trying it at word starts alone, and only at those whose first character can open a
 * match. For the long alternations of titles, verbs and months this is several times
 * faster than letting {@link Matcher#find()} try every character.
 */
final class WordStartMatches {

	private static final int CACHE_LIMIT = 256;

	private static final Map<Pattern, FirstCharacters> FIRST_CHARACTERS = new ConcurrentHashMap<>();

	private static final ThreadLocal<WordStarts> LAST_WORD_STARTS = ThreadLocal
		.withInitial(() -> new WordStarts("", new int[0]));

	private WordStartMatches() {
	}

	static List<MatchResult> of(Pattern pattern, String text) {
		FirstCharacters first = firstCharactersOf(pattern);
		List<MatchResult> matches = new ArrayList<>();
		Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
		int[] starts = wordStartsOf(text);
		int searchedUpTo = 0;
		for (int i = 0; i < starts.length; i++) {
			Checkpoints.check(i);
			int offset = starts[i];
			if (offset < searchedUpTo || !first.mayOpen(text.charAt(offset))) {
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
	 * Where the words of a text start. The same text is searched with many patterns in a
	 * row, so each thread keeps the word starts of the last text it was given.
	 */
	private static int[] wordStartsOf(String text) {
		WordStarts last = LAST_WORD_STARTS.get();
		if (last.text() == text) {
			return last.starts();
		}
		int[] starts = new int[text.length() / 2 + 1];
		int count = 0;
		for (int offset = 0; offset < text.length(); offset++) {
			Checkpoints.check(offset);
			if (isWordStart(text, offset)) {
				starts[count++] = offset;
			}
		}
		WordStarts found = new WordStarts(text, Arrays.copyOf(starts, count));
		LAST_WORD_STARTS.set(found);
		return found.starts();
	}

	private static boolean isWordStart(String text, int offset) {
		boolean inWord = Character.isLetterOrDigit(text.charAt(offset));
		return inWord && (offset == 0 || !Character.isLetterOrDigit(text.charAt(offset - 1)));
	}

	private static FirstCharacters firstCharactersOf(Pattern pattern) {
		FirstCharacters first = FIRST_CHARACTERS.get(pattern);
		if (first != null) {
			return first;
		}
		first = new FirstCharacters(pattern);
		if (FIRST_CHARACTERS.size() < CACHE_LIMIT) {
			FIRST_CHARACTERS.putIfAbsent(pattern, first);
		}
		return first;
	}

	/**
	 * Which characters can open a match of a pattern, learnt one character at a time: a
	 * character cannot open a match when the pattern, tried on that character alone,
	 * fails without reading past it. What a pattern checks before its start is what makes
	 * this only an estimate: with nothing before the character, {@code \b} and negative
	 * lookbehinds pass, so they never rule a character out, while positive lookbehinds,
	 * {@code \B} and {@code \G} could, so a pattern using them is tried everywhere. The
	 * answers are kept in blocks of 256 characters; threads that race to fill one only
	 * repeat the same work.
	 */
	private static final class FirstCharacters {

		private static final byte UNKNOWN = 0;

		private static final byte CANNOT_OPEN = 1;

		private static final byte MAY_OPEN = 2;

		private static final int BLOCK_BITS = 8;

		private final Pattern pattern;

		private final boolean learnable;

		private final byte[][] blocks = new byte[1 << (Character.SIZE - BLOCK_BITS)][];

		FirstCharacters(Pattern pattern) {
			this.pattern = pattern;
			this.learnable = isLearnable(pattern);
		}

		private static boolean isLearnable(Pattern pattern) {
			String source = pattern.pattern();
			boolean looksBehindItsStart = source.contains("(?<=") || source.contains("\\B") || source.contains("\\G");
			return !looksBehindItsStart && (pattern.flags() & Pattern.CANON_EQ) == 0;
		}

		boolean mayOpen(char c) {
			if (!this.learnable) {
				return true;
			}
			byte[] block = this.blocks[c >>> BLOCK_BITS];
			if (block == null) {
				block = new byte[1 << BLOCK_BITS];
				this.blocks[c >>> BLOCK_BITS] = block;
			}
			int index = c & ((1 << BLOCK_BITS) - 1);
			if (block[index] == UNKNOWN) {
				block[index] = opensAlone(c) ? MAY_OPEN : CANNOT_OPEN;
			}
			return block[index] == MAY_OPEN;
		}

		private boolean opensAlone(char c) {
			Matcher probe = this.pattern.matcher(String.valueOf(c));
			return probe.lookingAt() || probe.hitEnd();
		}

	}

	/** The offsets where the words of a text start. */
	private record WordStarts(String text, int[] starts) {
	}

}
