package app.briefings.ingestion.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Generates the oblique case forms of Russian proper names (genitive, dative,
 * instrumental, prepositional, accusative), so that "Зася", "Засю", "Тасмагамбетовым" or
 * "Армении" link like their nominative without stemming. Acronyms and names ending in
 * most vowels are indeclinable.
 */
final class RussianCaseForms {

	private static final int CASES = 5;

	private RussianCaseForms() {
	}

	static List<String> of(String name) {
		if (!AliasKey.hasCyrillic(name)) {
			return List.of();
		}
		String[] words = name.split(" ");
		Set<String> forms = new LinkedHashSet<>();
		for (int grammaticalCase = 0; grammaticalCase < CASES; grammaticalCase++) {
			forms.add(declinePhrase(words, grammaticalCase));
		}
		forms.remove(name);
		return new ArrayList<>(forms);
	}

	/**
	 * Case forms of an organization's or event's name, where only the head word declines
	 * and the genitive complement stays ("Совет коллективной безопасности" → "Совета
	 * коллективной безопасности"). A leading adjective declines with its noun.
	 */
	static List<String> ofHeadWord(String name) {
		if (!AliasKey.hasCyrillic(name)) {
			return List.of();
		}
		String[] words = name.split(" ");
		int head = leadingAdjectives(words) + 1;
		Set<String> forms = new LinkedHashSet<>();
		for (int grammaticalCase = 0; grammaticalCase < CASES; grammaticalCase++) {
			String[] declined = words.clone();
			for (int i = 0; i < head && i < words.length; i++) {
				declined[i] = words[i].endsWith("ы") ? declinePluralNoun(words[i], grammaticalCase)
						: decline(words[i], grammaticalCase);
			}
			forms.add(String.join(" ", declined));
		}
		forms.remove(name);
		return new ArrayList<>(forms);
	}

	/**
	 * How many adjectives open the name before its head noun («Региональная
	 * антитеррористическая структура ШОС»: two), the last word never counted.
	 */
	private static int leadingAdjectives(String[] words) {
		int count = 0;
		while (count < words.length - 1 && isAdjective(words[count])) {
			count++;
		}
		return count;
	}

	/** "силы" → "сил", "силам", "силами", "силах", "силы". */
	private static String declinePluralNoun(String word, int grammaticalCase) {
		String[] endings = { "", "ам", "ами", "ах", "ы" };
		return word.substring(0, word.length() - 1) + endings[grammaticalCase];
	}

	private static boolean isAdjective(String word) {
		String lower = word.toLowerCase();
		return lower.endsWith("ая") || lower.endsWith("ый") || lower.endsWith("ое") || lower.endsWith("ые")
				|| lower.endsWith("ский") || lower.endsWith("ний");
	}

	private static String declinePhrase(String[] words, int grammaticalCase) {
		List<String> declined = new ArrayList<>(words.length);
		for (String word : words) {
			declined.add(decline(word, grammaticalCase));
		}
		return String.join(" ", declined);
	}

	static String decline(String word, int grammaticalCase) {
		if (word.length() < 3 || word.equals(word.toUpperCase()) || !AliasKey.hasCyrillic(word)) {
			return word;
		}
		String[] endings = endingsOf(word);
		if (endings == null) {
			return word;
		}
		String stem = word.substring(0, word.length() - Integer.parseInt(endings[0]));
		return stem + endings[grammaticalCase + 1];
	}

	/**
	 * The number of letters to cut, then the genitive, dative, instrumental,
	 * prepositional and accusative endings; for soft-sign words the last slot holds the
	 * feminine oblique form instead.
	 */
	private static String[] endingsOf(String word) {
		String lower = word.toLowerCase();
		if (lower.endsWith("ский") || lower.endsWith("цкий")) {
			return new String[] { "2", "ого", "ому", "им", "ом", "ого" };
		}
		if (lower.endsWith("ая")) {
			return new String[] { "2", "ой", "ой", "ой", "ой", "ую" };
		}
		if (lower.endsWith("ые")) {
			return new String[] { "2", "ых", "ым", "ыми", "ых", "ые" };
		}
		if (lower.endsWith("ова") || lower.endsWith("ева") || lower.endsWith("ина")) {
			return new String[] { "1", "ой", "ой", "ой", "ой", "у" };
		}
		if (lower.endsWith("ое") || lower.endsWith("ый")) {
			return new String[] { "2", "ого", "ому", "ым", "ом", lower.substring(lower.length() - 2) };
		}
		if (lower.endsWith("ов") || lower.endsWith("ев") || lower.endsWith("ёв") || lower.endsWith("ин")
				|| lower.endsWith("ын")) {
			return new String[] { "0", "а", "у", "ым", "е", "а" };
		}
		if (lower.endsWith("ие")) {
			return new String[] { "1", "я", "ю", "ем", "и", "е" };
		}
		if (lower.endsWith("ия")) {
			return new String[] { "1", "и", "и", "ей", "и", "ю" };
		}
		if (lower.endsWith("ий")) {
			return new String[] { "1", "я", "ю", "ем", "и", "я" };
		}
		if (lower.endsWith("й")) {
			return new String[] { "1", "я", "ю", "ем", "е", "я" };
		}
		if (lower.endsWith("ь")) {
			return new String[] { "1", "я", "ю", "ем", "е", "и" };
		}
		if (lower.endsWith("тво")) {
			return new String[] { "1", "а", "у", "ом", "е", "о" };
		}
		if (lower.endsWith("а")) {
			return new String[] { "1", afterVelar(lower) ? "и" : "ы", "е", afterHushing(lower) ? "ей" : "ой", "е",
					"у" };
		}
		if (lower.endsWith("я")) {
			return new String[] { "1", "и", "е", "ей", "е", "ю" };
		}
		if (endsWithVowel(lower)) {
			return null;
		}
		boolean sibilant = "жшчщц".indexOf(lower.charAt(lower.length() - 1)) >= 0;
		return new String[] { "0", "а", "у", sibilant ? "ем" : "ом", "е", "а" };
	}

	private static boolean afterVelar(String lower) {
		return "гкхжшчщ".indexOf(lower.charAt(lower.length() - 2)) >= 0;
	}

	/**
	 * Whether the letter before the final vowel is hushing or ц, after which the
	 * unstressed instrumental ending is «ей» («Польшей», «Сашей»).
	 */
	private static boolean afterHushing(String lower) {
		return "жшчщц".indexOf(lower.charAt(lower.length() - 2)) >= 0;
	}

	private static boolean endsWithVowel(String lower) {
		return "аеёиоуыэюя".indexOf(lower.charAt(lower.length() - 1)) >= 0;
	}

}
