package app.briefings.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

/**
 * Turns one word of a name into the keys it is indexed and searched under, so that the
 * Cyrillic and Latin spellings of a name meet: Russian-Latin (BGN) transliteration, then
 * ASCII folding and lower case, without apostrophes or soft-sign marks ("Зась" → "zas").
 * A Cyrillic word gets a second key without its Russian case ending ("Засе", "Зася" →
 * "zas"; "Тасмагамбетова" → "tasmagambetov"). Not thread-safe: one instance per token
 * stream. Transliteration costs far more than the rest of the analysis, and the same
 * words recur in every body, so the keys of recent words are shared by all instances in a
 * bounded map, emptied when it fills.
 */
final class NameKey {

	private static final String TRANSFORM = "Russian-Latin/BGN; Any-Latin; Latin-ASCII; Any-Lower";

	private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

	private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]");

	private static final List<String> CASE_ENDINGS = List.of("ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими",
			"ом", "ем", "ой", "ей", "ам", "ям", "ах", "ях", "ым", "им", "ых", "их", "ую", "юю", "ая", "яя", "ою", "ею",
			"а", "я", "у", "ю", "е", "ы", "и", "ь");

	private static final int MIN_STEM_LENGTH = 3;

	static final int MAX_REMEMBERED_WORDS = 50_000;

	private static final Map<String, List<String>> REMEMBERED = new ConcurrentHashMap<>();

	private final Transliterator transliterator = Transliterator.getInstance(TRANSFORM);

	/** The keys of a word: its full key first, then its stem key when it differs. */
	List<String> keysOf(String word) {
		List<String> known = REMEMBERED.get(word);
		if (known != null) {
			return known;
		}
		List<String> keys = computeKeys(word);
		if (REMEMBERED.size() >= MAX_REMEMBERED_WORDS) {
			REMEMBERED.clear();
		}
		REMEMBERED.put(word, keys);
		return keys;
	}

	private List<String> computeKeys(String word) {
		List<String> keys = new ArrayList<>(2);
		String full = key(word);
		if (!full.isEmpty()) {
			keys.add(full);
		}
		if (!CYRILLIC.matcher(word).find()) {
			return List.copyOf(keys);
		}
		String stem = key(withoutCaseEnding(word.toLowerCase(Locale.ROOT)));
		if (!stem.isEmpty() && !keys.contains(stem)) {
			keys.add(stem);
		}
		return List.copyOf(keys);
	}

	private String key(String word) {
		String latin = this.transliterator.transliterate(word).toLowerCase(Locale.ROOT);
		return NOT_ALPHANUMERIC.matcher(latin).replaceAll("");
	}

	private static String withoutCaseEnding(String word) {
		for (String ending : CASE_ENDINGS) {
			if (word.endsWith(ending) && word.length() - ending.length() >= MIN_STEM_LENGTH) {
				return word.substring(0, word.length() - ending.length());
			}
		}
		return word;
	}

}
