package app.briefings.ingestion.extraction;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

/**
 * The script-independent form of a name that the gazetteer matches on: words
 * transliterated from Cyrillic with the BGN/PCGN system, folded to lowercase ASCII
 * letters and digits, joined by single spaces. "Станислав Зась", "Stanislav Zas" and
 * "Zas'" all share their keys. A "y" between a vowel and an "e" is left out, since BGN
 * writes it where English spellings often do not: "Орозалиев" (BGN "Orozaliyev") and
 * "Orozaliev" share their key.
 */
final class AliasKey {

	private static final ThreadLocal<Transliterator> CYRILLIC_TO_LATIN = ThreadLocal
		.withInitial(() -> Transliterator.getInstance("Russian-Latin/BGN"));

	private static final Pattern CAPITAL_DIGRAPH = Pattern
		.compile("(?<![\\p{L}])(?<first>\\p{Lu})(?<rest>\\p{Lu}+)(?=\\p{Ll})");

	private static final int CACHE_LIMIT = 200_000;

	private static final Map<String, String> WORD_KEYS = new ConcurrentHashMap<>();

	private AliasKey() {
	}

	static String of(String text) {
		StringBuilder key = new StringBuilder();
		for (Span word : words(text)) {
			String wordKey = ofWord(text.substring(word.start(), word.end()));
			if (wordKey.isEmpty()) {
				continue;
			}
			if (!key.isEmpty()) {
				key.append(' ');
			}
			key.append(wordKey);
		}
		return key.toString();
	}

	/** The runs of letters and digits of a text: the words that keys are made of. */
	static List<Span> words(CharSequence text) {
		List<Span> words = new ArrayList<>();
		int start = -1;
		for (int i = 0; i < text.length(); i++) {
			boolean inWord = Character.isLetterOrDigit(text.charAt(i));
			if (inWord && start < 0) {
				start = i;
			}
			if (!inWord && start >= 0) {
				words.add(new Span(start, i));
				start = -1;
			}
		}
		if (start >= 0) {
			words.add(new Span(start, text.length()));
		}
		return words;
	}

	/**
	 * Appends the key of a word of a text, as {@link #ofWord} gives it, without cutting
	 * the word out of the text when it is plain ASCII.
	 */
	static void appendWord(String text, Span word, StringBuilder key) {
		if (!isAscii(text, word.start(), word.end())) {
			key.append(ofWord(text.substring(word.start(), word.end())));
			return;
		}
		for (int i = word.start(); i < word.end(); i++) {
			char c = lower(text.charAt(i));
			if (!isSoftY(c, i, word.start(), word.end(), text)) {
				key.append(c);
			}
		}
	}

	private static char lower(char c) {
		return (c >= 'A' && c <= 'Z') ? (char) (c + ('a' - 'A')) : c;
	}

	private static boolean isSoftY(char c, int at, int wordStart, int wordEnd, CharSequence text) {
		if (c != 'y' || at == wordStart || at + 1 >= wordEnd || lower(text.charAt(at + 1)) != 'e') {
			return false;
		}
		return "aeiou".indexOf(lower(text.charAt(at - 1))) >= 0;
	}

	private static String withoutSoftY(String key) {
		if (key.indexOf("ye") < 0) {
			return key;
		}
		StringBuilder folded = new StringBuilder(key.length());
		for (int i = 0; i < key.length(); i++) {
			if (!isSoftY(key.charAt(i), i, 0, key.length(), key)) {
				folded.append(key.charAt(i));
			}
		}
		return folded.toString();
	}

	static String ofWord(String word) {
		if (isAscii(word)) {
			return withoutSoftY(word.toLowerCase(Locale.ROOT));
		}
		String cached = WORD_KEYS.get(word);
		if (cached != null) {
			return cached;
		}
		String key = withoutSoftY(fold(latin(word)));
		if (WORD_KEYS.size() < CACHE_LIMIT) {
			WORD_KEYS.put(word, key);
		}
		return key;
	}

	/** A readable Latin form of a name, for new entities first seen in Cyrillic. */
	static String latin(String text) {
		if (!hasCyrillic(text)) {
			return text;
		}
		String transliterated = CYRILLIC_TO_LATIN.get().transliterate(text);
		String withoutMarks = transliterated.replaceAll("[\u02B9\u02BA\u00B7]", "");
		String plain = Normalizer.normalize(withoutMarks, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return capitalizedDigraphs(plain);
	}

	/** "ZHeenbek" (Ж written as a capital digraph) becomes "Zheenbek". */
	private static String capitalizedDigraphs(String text) {
		Matcher matcher = CAPITAL_DIGRAPH.matcher(text);
		StringBuilder fixed = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(fixed, matcher.group("first") + matcher.group("rest").toLowerCase(Locale.ROOT));
		}
		matcher.appendTail(fixed);
		return fixed.toString();
	}

	/** Whether a character is in the Unicode block Cyrillic, U+0400 to U+04FF. */
	static boolean isCyrillic(char c) {
		return c >= '\u0400' && c <= '\u04FF';
	}

	static boolean hasCyrillic(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (isCyrillic(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	private static String fold(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
		StringBuilder folded = new StringBuilder(decomposed.length());
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
				folded.append(c);
			}
		}
		return folded.toString();
	}

	private static boolean isAscii(String word) {
		return isAscii(word, 0, word.length());
	}

	private static boolean isAscii(String text, int start, int end) {
		for (int i = start; i < end; i++) {
			if (text.charAt(i) > 127) {
				return false;
			}
		}
		return true;
	}

}
