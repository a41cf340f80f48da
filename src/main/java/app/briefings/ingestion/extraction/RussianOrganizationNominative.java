package app.briefings.ingestion.extraction;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Puts a Russian organization name written in an oblique case back into the nominative
 * ("Государственного комитета национальной безопасности" → "Государственный комитет
 * национальной безопасности"): the head word becomes its institution noun (комитет,
 * служба, управление, силы…) and a leading adjective takes that noun's gender; the
 * genitive complement stays as written.
 */
final class RussianOrganizationNominative {

	/**
	 * Stem, nominative, and the adjective ending that agrees with it; none for a
	 * parliament's own name, whose first word is not an adjective («Олий Мажлиса»).
	 */
	private static final String[][] HEADS = { { "комитет", "комитет", "ый" }, { "совет", "совет", "ый" },
			{ "центр", "центр", "ый" }, { "штаб", "штаб", "ый" }, { "департамент", "департамент", "ый" },
			{ "служб", "служба", "ая" }, { "агентств", "агентство", "ое" }, { "министерств", "министерство", "ое" },
			{ "управлени", "управление", "ое" }, { "собрани", "собрание", "ое" }, { "сил", "силы", "ые" },
			{ "ассамбле", "ассамблея", "ая" }, { "академи", "академия", "ая" }, { "суд", "суд", "ый" },
			{ "отряд", "отряд", "ый" }, { "мажилис", "мажилис", "" }, { "кенеш", "кенеш", "" },
			{ "мажлис", "мажлис", "" }, { "дум", "дума", "ая" }, { "войск", "войска", "ые" },
			{ "палат", "палата", "ая" }, { "бюро", "бюро", "ое" }, { "банк", "банк", "ый" },
			{ "институт", "институт", "ый" }, { "таможн", "таможня", "ая" }, { "групп", "группа", "ая" },
			{ "прокуратур", "прокуратура", "ая" }, { "совбез", "совбез", "ый" } };

	private static final String ADJECTIVE_ENDING = "(?:ого|ому|ыми|ым|ом|ой|ую|ых|ая|ый|ий|ое|ые|его|ему|им|ими|их|ей)$";

	private static final int MAX_ADJECTIVES = 2;

	/**
	 * A nominative adjective ending, kept as written before a head in the nominative, so
	 * that «областной суд» does not become «областный».
	 */
	private static final Pattern NOMINATIVE_ADJECTIVE = Pattern.compile("(?:ый|ий|ой|ая|ое|ые)$");

	private RussianOrganizationNominative() {
	}

	static String of(String written) {
		String[] words = written.split(" ");
		int head = headIndex(words);
		if (head < 0) {
			return written;
		}
		String[] head3 = headOf(words[head]);
		boolean nominativeHead = words[head].equalsIgnoreCase(head3[1]);
		words[head] = sameCase(words[head], head3[1]);
		for (int i = 0; i < head && !head3[2].isEmpty(); i++) {
			if (!(nominativeHead && NOMINATIVE_ADJECTIVE.matcher(words[i]).find())) {
				words[i] = agreeing(words[i], head3[2]);
			}
		}
		return String.join(" ", words);
	}

	/**
	 * An adjective with the ending that agrees with its head, spelled «ий» after к, г, х,
	 * ж, ш, ч, щ («Кировского» → «Кировский»).
	 */
	private static String agreeing(String adjective, String ending) {
		String agreed = adjective.replaceFirst(ADJECTIVE_ENDING, ending);
		return agreed.replaceFirst("(?<=[кгхжшчщ])ый$", "ий");
	}

	private static int headIndex(String[] words) {
		for (int i = 0; i < Math.min(MAX_ADJECTIVES + 1, words.length); i++) {
			if (headOf(words[i]) != null) {
				return i;
			}
		}
		return -1;
	}

	private static String @org.jspecify.annotations.Nullable [] headOf(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		for (String[] head : HEADS) {
			if (lower.startsWith(head[0]) && lower.length() <= head[0].length() + 3) {
				return head;
			}
		}
		return null;
	}

	private static String sameCase(String written, String noun) {
		return Character.isUpperCase(written.charAt(0)) ? Character.toUpperCase(noun.charAt(0)) + noun.substring(1)
				: noun;
	}

}
