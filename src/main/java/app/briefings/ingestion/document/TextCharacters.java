package app.briefings.ingestion.document;

import org.jspecify.annotations.Nullable;

/**
 * Finds the characters no input field may hold: control characters other than tab, line
 * feed and carriage return (NUL among them), and UTF-16 surrogates that do not form a
 * pair, which would otherwise be stored as replacement characters.
 */
final class TextCharacters {

	private TextCharacters() {
	}

	/**
	 * Why the value is refused, naming the first bad character and its offset, or null.
	 */
	static @Nullable String problem(String field, String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < value.length()
					&& Character.isLowSurrogate(value.charAt(i + 1))) {
				i++;
				continue;
			}
			if (Character.isSurrogate(c)) {
				return field + " holds an unpaired UTF-16 surrogate " + codePoint(c) + " at offset " + i
						+ "; send valid Unicode";
			}
			if (isRefusedControl(c)) {
				return field + " holds the control character " + codePoint(c) + " at offset " + i
						+ "; only tab, line feed and carriage return are accepted";
			}
		}
		return null;
	}

	private static boolean isRefusedControl(char c) {
		return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
	}

	private static String codePoint(char c) {
		return String.format("U+%04X", (int) c);
	}

}
