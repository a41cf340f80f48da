package app.briefings.ingestion.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes known operations written without quotation marks next to a keyword:
 * {@code the
 * Rubezh-2025 training}, {@code Indestructible Brotherhood exercises},
 * {@code the Echelon logistics exercise}, {@code the Mercenary measures},
 * {@code the Search and Echelon exercises}, {@code the exercise, called Rubezh,},
 * {@code the operation, known as Channel,}, {@code operations like Channel and PROXY},
 * {@code the Mercenary set of measures}, {@code операция Канал},
 * {@code measures against recruitment, known as Mercenary,},
 * {@code Channel, the anti-drug operation}. Only names of the knowledge base count, since
 * a capitalized word beside "operation" is too often something else.
 */
final class UnquotedOperationPattern {

	private static final String WORD = "\\p{Lu}[\\p{L}]+(?:[-–](?:19|20)\\d\\d)?";

	private static final String KEYWORD = "(?:special\\h+trainings?|trainings?|exercises?|drills?|operations?|set\\h+of\\h+measures|measures"
			+ "|учени[а-яё]*|тренировк[а-яё]*|операци[а-яё]*)";

	static final Pattern NAME_THEN_KEYWORD = Pattern
		.compile("(?iu)(?<![\\p{L}\\p{N}\"“«„])(?:(?<first>(?-i:" + WORD + "))\\h+(?:and|и)\\h+)?(?<name>(?-i:" + WORD
				+ ")(?:\\h+(?-i:" + WORD + ")){0,2})(?:\\h+(?-i:\\p{Ll}[\\p{Ll}-]+))?\\h+" + KEYWORD + "(?![\\p{L}])");

	private static final Pattern KEYWORD_THEN_NAME = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + KEYWORD
			+ ",?\\h+(?:(?:called|code-?named|dubbed|named|known\\h+as|like|such\\h+as)\\h+)?(?<name>(?-i:" + WORD
			+ ")(?:\\h+(?-i:" + WORD + ")){0,2})(?![\\p{L}\\p{N}\"”»“])(?:\\h+and\\h+(?<second>(?-i:" + WORD
			+ "))(?![\\p{L}\\p{N}\"”»“]))?");

	/**
	 * A keyword whose complement runs on before the name ("measures against the
	 * recruitment of fighters, known as Mercenary,").
	 */
	static final Pattern KEYWORD_PHRASE_THEN_NAME = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + KEYWORD
			+ "(?:\\h+(?-i:\\p{Ll}[\\p{Ll}-]*)){1,8},\\h+(?:called|code-?named|dubbed|known\\h+as)\\h+(?<name>(?-i:"
			+ WORD + ")(?:\\h+(?-i:" + WORD + ")){0,2})(?![\\p{L}\\p{N}])");

	/**
	 * A name followed by its keyword in apposition ("Channel, the anti-drug operation
	 * that …").
	 */
	static final Pattern NAME_THEN_APPOSITION = Pattern.compile("(?<![\\p{L}\\p{N}\"“«„])(?<name>" + WORD + "(?:\\h+"
			+ WORD + "){0,2}),\\h+(?:the|an?)\\h+(?:[\\p{Ll}-]+\\h+){0,3}" + KEYWORD + "(?![\\p{L}])");

	/**
	 * The comma of {@link #KEYWORD_PHRASE_THEN_NAME} and what follows it up to the name.
	 */
	static final Pattern NAMING_AFTER_COMMA = Pattern
		.compile("(?iu),\\h+(?:called|code-?named|dubbed|known\\h+as)\\h+");

	/** The comma of {@link #NAME_THEN_APPOSITION} and the rest of that pattern. */
	static final Pattern APPOSITION_AFTER_COMMA = Pattern
		.compile(",\\h+(?:the|an?)\\h+(?:[\\p{Ll}-]+\\h+){0,3}" + KEYWORD + "(?![\\p{L}])");

	private static final int NAME_AFTER_PHRASE = NamedGroups.index(KEYWORD_PHRASE_THEN_NAME, "name");

	private static final int NAME_BEFORE_APPOSITION = NamedGroups.index(NAME_THEN_APPOSITION, "name");

	private static final int NAME_BEFORE_KEYWORD = NamedGroups.index(NAME_THEN_KEYWORD, "name");

	private static final int FIRST_BEFORE_KEYWORD = NamedGroups.index(NAME_THEN_KEYWORD, "first");

	private static final int NAME_AFTER_KEYWORD = NamedGroups.index(KEYWORD_THEN_NAME, "name");

	private static final int SECOND_AFTER_KEYWORD = NamedGroups.index(KEYWORD_THEN_NAME, "second");

	private static final double CONFIDENCE = 0.8;

	/** A dash and an edition year right after a word ("Rubezh-2025"). */
	private static final Pattern EDITION_YEAR = Pattern.compile("[-–](?<=\\p{L}[-–])(?:19|20)\\d\\d(?![\\p{L}\\p{N}])");

	private static final FoldedWords KEYWORD_STEMS = FoldedWords.of("train", "exerci", "drill", "operation", "measure",
			"учени", "тренировк", "операци");

	private final Gazetteer gazetteer;

	UnquotedOperationPattern(Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
	}

	List<Occurrence> find(String text) {
		List<Occurrence> found = new ArrayList<>();
		boolean[] keywordAhead = keywordAhead(text);
		for (MatchResult before : WordStartMatches.of(NAME_THEN_KEYWORD, text, (offset) -> keywordAhead[offset])) {
			Optional<Occurrence> named = longestKnownSuffix(text, before.start(NAME_BEFORE_KEYWORD),
					before.end(NAME_BEFORE_KEYWORD));
			named.ifPresent(found::add);
			if (named.isPresent() && before.start(FIRST_BEFORE_KEYWORD) >= 0) {
				known(text, before.start(FIRST_BEFORE_KEYWORD), before.end(FIRST_BEFORE_KEYWORD)).ifPresent(found::add);
			}
		}
		for (MatchResult after : WordStartMatches.of(KEYWORD_THEN_NAME, text)) {
			Optional<Occurrence> named = longestKnownPrefix(text, after.start(NAME_AFTER_KEYWORD),
					after.end(NAME_AFTER_KEYWORD));
			named.ifPresent(found::add);
			if (named.isPresent() && after.start(SECOND_AFTER_KEYWORD) >= 0) {
				known(text, after.start(SECOND_AFTER_KEYWORD), after.end(SECOND_AFTER_KEYWORD)).ifPresent(found::add);
			}
		}
		boolean[] namingAhead = commaAhead(text, NAMING_AFTER_COMMA);
		for (MatchResult after : WordStartMatches.of(KEYWORD_PHRASE_THEN_NAME, text, (offset) -> namingAhead[offset])) {
			longestKnownPrefix(text, after.start(NAME_AFTER_PHRASE), after.end(NAME_AFTER_PHRASE))
				.ifPresent(found::add);
		}
		addEditions(text, found);
		boolean[] appositionAhead = commaAhead(text, APPOSITION_AFTER_COMMA);
		for (MatchResult before : WordStartMatches.of(NAME_THEN_APPOSITION, text,
				(offset) -> appositionAhead[offset])) {
			longestKnownSuffix(text, before.start(NAME_BEFORE_APPOSITION), before.end(NAME_BEFORE_APPOSITION))
				.ifPresent(found::add);
		}
		return found;
	}

	/**
	 * Adds the known operations written with their edition year and no keyword ("since
	 * Rubezh-2025", "for Indestructible Brotherhood-2026"): the year makes the name an
	 * edition of that operation. Looked for only where a dash and a year stand.
	 */
	private void addEditions(String text, List<Occurrence> found) {
		Matcher year = EDITION_YEAR.matcher(text);
		while (year.find()) {
			int end = year.end();
			int start = capitalizedWordBefore(text, year.start());
			if (start < 0) {
				continue;
			}
			Optional<Occurrence> named = known(text, start, end);
			int earlier = start > 1 && text.charAt(start - 1) == ' ' ? capitalizedWordBefore(text, start - 1) : -1;
			if (named.isEmpty() && earlier >= 0) {
				named = known(text, earlier, end);
			}
			named.ifPresent(found::add);
		}
	}

	/**
	 * Where the capitalized word ending at {@code end} starts, or -1 when the characters
	 * before {@code end} are no such word.
	 */
	private static int capitalizedWordBefore(String text, int end) {
		int start = end;
		while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
			start--;
		}
		boolean word = start < end && Character.isUpperCase(text.charAt(start));
		return word && (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1))) ? start : -1;
	}

	/**
	 * For each offset, whether a keyword follows it within the letters, digits, dashes
	 * and spaces that {@link #NAME_THEN_KEYWORD} reads before its keyword: where none
	 * does, no match of it can begin.
	 */
	static boolean[] keywordAhead(String text) {
		return KEYWORD_STEMS.aheadWithin(text, UnquotedOperationPattern::isPhraseCharacter);
	}

	/**
	 * For each offset, whether the letters, digits, dashes and spaces from it lead to a
	 * comma where {@code afterComma} matches: the two patterns that read only such
	 * characters up to their comma can begin nowhere else.
	 */
	static boolean[] commaAhead(String text, Pattern afterComma) {
		boolean[] ahead = new boolean[text.length() + 1];
		Matcher comma = afterComma.matcher(text);
		for (int i = text.length() - 1; i >= 0; i--) {
			char c = text.charAt(i);
			if (c == ',') {
				ahead[i] = comma.region(i, text.length()).lookingAt();
			}
			else {
				ahead[i] = ahead[i + 1] && (Character.isSurrogate(c) || isPhraseCharacter(c));
			}
		}
		return ahead;
	}

	private static boolean isPhraseCharacter(int c) {
		return Character.isLetterOrDigit(c) || c == '-' || c == '–' || isHorizontalSpace(c);
	}

	private static boolean isHorizontalSpace(int c) {
		return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u1680' || c == '\u180E'
				|| (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F' || c == '\u3000';
	}

	private Optional<Occurrence> longestKnownSuffix(String text, int start, int end) {
		int from = start;
		while (from < end) {
			Optional<Occurrence> known = known(text, from, end);
			if (known.isPresent()) {
				return known;
			}
			int space = text.indexOf(' ', from);
			if (space < 0 || space >= end || !isAcronym(text.substring(from, space))) {
				return Optional.empty();
			}
			from = space + 1;
		}
		return Optional.empty();
	}

	private static boolean isAcronym(String word) {
		return word.equals(word.toUpperCase(Locale.ROOT));
	}

	private Optional<Occurrence> longestKnownPrefix(String text, int start, int end) {
		int to = end;
		while (to > start) {
			Optional<Occurrence> known = known(text, start, to);
			if (known.isPresent()) {
				return known;
			}
			to = text.lastIndexOf(' ', to - 1);
		}
		return Optional.empty();
	}

	private Optional<Occurrence> known(String text, int start, int end) {
		return this.gazetteer.operationNamed(text.substring(start, end))
			.map((entity) -> new Occurrence(EntityRef.known(entity), new Span(start, end), CONFIDENCE, null));
	}

}
