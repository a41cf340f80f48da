package app.briefings.ingestion.extraction;

/**
 * Tells whether a word is one capital letter followed by small letters only, as the
 * pattern {@code \p{Lu}\p{Ll}+} matching the whole word does, without a matcher: it is
 * asked for nearly every word of a text.
 */
final class CapitalizedWord {

	private CapitalizedWord() {
	}

	static boolean is(String word) {
		if (word.isEmpty() || Character.getType(word.codePointAt(0)) != Character.UPPERCASE_LETTER) {
			return false;
		}
		int offset = Character.charCount(word.codePointAt(0));
		if (offset == word.length()) {
			return false;
		}
		while (offset < word.length()) {
			int c = word.codePointAt(offset);
			if (Character.getType(c) != Character.LOWERCASE_LETTER) {
				return false;
			}
			offset += Character.charCount(c);
		}
		return true;
	}

}
