package app.briefings.ingestion.extraction;

import java.util.BitSet;
import java.util.function.IntPredicate;

/**
 * Words looked for in a text the way a case-insensitive Unicode pattern ({@code (?iu)})
 * compares its literal characters: each character folded to the lower case of its upper
 * case, so that "İ" and "ı" answer to "i" and "ſ" to "s" as they do in the pattern. A
 * rule whose pattern can only match where one of these words is written skips the pattern
 * on a text that holds none of them.
 */
final class FoldedWords {

	private static final char[] FOLDED = foldedCharacters();

	private final char[][] words;

	private final BitSet firstCharacters = new BitSet(Character.MAX_VALUE + 1);

	private FoldedWords(char[][] words) {
		this.words = words;
		for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
			if (beginsAWord(fold((char) c))) {
				this.firstCharacters.set(c);
			}
		}
	}

	private boolean beginsAWord(char folded) {
		for (char[] word : this.words) {
			if (word[0] == folded) {
				return true;
			}
		}
		return false;
	}

	static FoldedWords of(String... words) {
		char[][] folded = new char[words.length][];
		for (int i = 0; i < words.length; i++) {
			folded[i] = words[i].toCharArray();
			for (int j = 0; j < folded[i].length; j++) {
				folded[i][j] = fold(folded[i][j]);
			}
		}
		return new FoldedWords(folded);
	}

	/** Whether one of the words is written anywhere in a text. */
	boolean anyIn(CharSequence text) {
		for (int offset = 0; offset < text.length(); offset++) {
			if (startsAt(text, offset)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * For each offset of a text, whether one of the words begins at it or after it with
	 * only characters a phrase may hold in between; the array has one more entry than the
	 * text has characters, false, for its end.
	 */
	boolean[] aheadWithin(CharSequence text, IntPredicate phraseCharacter) {
		boolean[] ahead = new boolean[text.length() + 1];
		for (int offset = text.length() - 1; offset >= 0; offset--) {
			ahead[offset] = startsAt(text, offset) || (ahead[offset + 1] && phraseCharacter.test(text.charAt(offset)));
		}
		return ahead;
	}

	private boolean startsAt(CharSequence text, int offset) {
		if (!this.firstCharacters.get(text.charAt(offset))) {
			return false;
		}
		char first = fold(text.charAt(offset));
		for (char[] word : this.words) {
			if (word[0] == first && restMatches(text, offset, word)) {
				return true;
			}
		}
		return false;
	}

	private static boolean restMatches(CharSequence text, int offset, char[] word) {
		if (offset + word.length > text.length()) {
			return false;
		}
		for (int i = 1; i < word.length; i++) {
			if (fold(text.charAt(offset + i)) != word[i]) {
				return false;
			}
		}
		return true;
	}

	private static char fold(char c) {
		return FOLDED[c];
	}

	private static char[] foldedCharacters() {
		char[] folded = new char[Character.MAX_VALUE + 1];
		for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
			folded[c] = Character.toLowerCase(Character.toUpperCase((char) c));
		}
		return folded;
	}

}
