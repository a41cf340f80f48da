package app.briefings.ingestion.extraction;

/**
 * Cleans raw page text into the form the extractor reads: Unix line ends, plain spaces,
 * no invisible characters, while remembering where every kept character stood in the raw
 * text.
 */
final class TextNormalizer {

	private TextNormalizer() {
	}

	static NormalizedText normalize(String raw) {
		StringBuilder text = new StringBuilder(raw.length());
		int[] origins = new int[raw.length() + 1];
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (isDropped(raw, i)) {
				continue;
			}
			origins[text.length()] = i;
			text.append(replacement(c));
		}
		origins[text.length()] = raw.length();
		return new NormalizedText(text.toString(), origins);
	}

	private static boolean isDropped(String raw, int i) {
		char c = raw.charAt(i);
		if (c == '\r') {
			return i + 1 < raw.length() && raw.charAt(i + 1) == '\n';
		}
		return c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF';
	}

	private static char replacement(char c) {
		if (c == '\r') {
			return '\n';
		}
		if (c == '\t' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u2009' || c == '\u2002'
				|| c == '\u2003') {
			return ' ';
		}
		return c;
	}

	/**
	 * Normalized text with the raw offset of each of its characters.
	 */
	record NormalizedText(String text, int[] origins) {

		int originalOffset(int offset) {
			return this.origins[offset];
		}

	}

}
