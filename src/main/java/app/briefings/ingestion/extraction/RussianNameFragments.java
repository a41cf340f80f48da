package app.briefings.ingestion.extraction;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Tells a whole Russian organization's name from a piece of one. A Russian name runs on
 * through lower-case genitives and datives («Служба центральных коммуникаций …», «Совет …
 * по противодействию незаконному обороту наркотиков»): where the name pattern stops on an
 * adjective, or before one that goes on with its noun, it has cut the name short, and a
 * piece of a name is never an organization of its own. A known body's name written
 * without the parent's acronym that ends it («Объединенный штаб» for «Объединенный штаб
 * ОДКБ») is a back-reference to that body.
 */
final class RussianNameFragments {

	/** Oblique adjective endings no noun of a name's last word has. */
	private static final Pattern OBLIQUE_ADJECTIVE = Pattern.compile("[а-яё]{3,}(?:ых|их|ого|его|ому|ему|ыми|ими)");

	/**
	 * A lower-case oblique adjective and the word it goes with, right after the name («…
	 * с противоправным использованием информационно-коммуникационных технологий»).
	 */
	private static final Pattern ADJECTIVE_AND_NOUN_AFTER = Pattern
		.compile("\\h+(?<adjective>[а-яё]{3,}(?:о-[а-яё]+)?(?:ых|их|ого|его|ому))\\h+[а-яё]{3,}(?![\\p{L}])");

	/**
	 * Pronouns and quantifiers that decline like adjectives but never continue a name.
	 */
	private static final Set<String> PRONOUNS = Set.of("его", "их", "этого", "этому", "этих", "того", "тому", "тех",
			"которого", "которому", "которых", "своего", "своему", "своих", "всего", "всему", "всех", "многих",
			"других", "самого", "одного", "одному", "каждого", "каждому", "нашего", "нашему", "наших", "вашего",
			"ваших", "обоих", "нескольких");

	/**
	 * A second region joined to the capitalized genitive that ends a name («Института
	 * Кавказа и Центральной Азии»): an adjective and a noun, both capitalized.
	 */
	private static final Pattern JOINED_REGION = Pattern
		.compile("\\h+и\\h+[А-ЯЁ][а-яё]+(?:ой|ей|ого|его)\\h+[А-ЯЁ][а-яё]+[аяиы](?![\\p{L}])");

	private static final Pattern PARENT_ACRONYM = Pattern.compile("[А-ЯЁA-Z]{2,6}");

	private static final int MIN_STEM = 3;

	private static final int MAX_ENDING = 3;

	private RussianNameFragments() {
	}

	/**
	 * Whether the name from {@code start} to {@code end} stops inside a longer one: on a
	 * lower-case oblique adjective, or before a lower-case oblique adjective and its
	 * noun.
	 */
	static boolean isCutShort(String text, int start, int end) {
		int lastWord = text.lastIndexOf(' ', end - 1) + 1;
		if (lastWord > start && OBLIQUE_ADJECTIVE.matcher(text).region(lastWord, end).matches()) {
			return true;
		}
		if (end + 1 >= text.length() || !Character.isWhitespace(text.charAt(end))
				|| !isLowerCyrillic(text.charAt(end + 1))) {
			return false;
		}
		Matcher after = ADJECTIVE_AND_NOUN_AFTER.matcher(text).region(end, text.length());
		return after.lookingAt() && !PRONOUNS.contains(after.group("adjective"));
	}

	/**
	 * Where a name ends, past a second region joined with «и» to the capitalized genitive
	 * that ends it («Институт Кавказа и Центральной Азии»): the regions a body studies or
	 * serves are both part of its name.
	 */
	static int withJoinedRegion(String text, int end) {
		int lastWord = text.lastIndexOf(' ', end - 1) + 1;
		if (end + 3 >= text.length() || text.charAt(end + 1) != 'и' || !isUpperCyrillic(text.charAt(lastWord))) {
			return end;
		}
		Matcher joined = JOINED_REGION.matcher(text).region(end, text.length());
		return joined.lookingAt() ? joined.end() : end;
	}

	/**
	 * The words of a known Russian organization's name as written at {@code span} without
	 * the parent's acronym that ends it, or null when the name is not a capitalized
	 * Russian phrase of at least two words and an acronym.
	 */
	static String @Nullable [] withoutParentAcronym(String text, Span span) {
		String written = text.substring(span.start(), span.end());
		if (written.isEmpty() || !isUpperCyrillic(written.charAt(0))) {
			return null;
		}
		String[] words = written.split("\\h+");
		if (words.length < 3 || !PARENT_ACRONYM.matcher(words[words.length - 1]).matches()) {
			return null;
		}
		String[] parentless = new String[words.length - 1];
		System.arraycopy(words, 0, parentless, 0, parentless.length);
		return parentless;
	}

	/**
	 * Whether {@code written} has the same words as {@code words}, in any case: each pair
	 * shares its stem, all but at most the last three letters of the shorter word.
	 */
	static boolean sameWords(String[] words, String written) {
		String[] other = written.split("\\h+");
		if (other.length != words.length) {
			return false;
		}
		for (int i = 0; i < words.length; i++) {
			if (!sameStem(words[i], other[i])) {
				return false;
			}
		}
		return true;
	}

	private static boolean sameStem(String one, String other) {
		int shorter = Math.min(one.length(), other.length());
		int needed = Math.max(MIN_STEM, shorter - MAX_ENDING);
		if (shorter < needed) {
			return false;
		}
		return one.regionMatches(true, 0, other, 0, needed);
	}

	private static boolean isLowerCyrillic(char c) {
		return (c >= 'а' && c <= 'я') || c == 'ё';
	}

	private static boolean isUpperCyrillic(char c) {
		return (c >= 'А' && c <= 'Я') || c == 'Ё';
	}

}
