package app.briefings.ingestion.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Finds administrative regions the knowledge base does not know, named by a proper word
 * and a region noun ("Sughd region", «в Хатлонской области», «Кировского округа»), as new
 * places under the name as written in English or in the Russian nominative («Хатлонская
 * область»). An English region also answers to its bare name ("Khatlon"), unless that
 * name is a known entity of its own ("Almaty region" is not Almaty, the city).
 */
final class RegionNamePattern {

	private static final Pattern ENGLISH = Pattern.compile(
			"(?<![\\p{L}\\p{N}’'-])(?<name>\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)\\h+(?<noun>[Rr]egion|[Oo]blast|[Pp]rovince)(?![\\p{L}\\p{N}])");

	private static final Pattern RUSSIAN = Pattern
		.compile("(?<![\\p{L}\\p{N}-])(?<stem>[А-ЯЁ][а-яё-]*[сц]к)(?<ending>ая|ой|ую|ою|ий|ого|ому|им|ом)\\h+"
				+ "(?<noun>област(?:ь|и|ью)|округ(?:а|у|ом|е)?|район(?:а|у|ом|е)?|кра(?:й|я|ю|ем|е))(?![а-яё])");

	/**
	 * Two regions sharing one noun in the plural («в Джалал-Абадской и Ошской областях»).
	 */
	private static final Pattern RUSSIAN_PAIR = Pattern.compile("(?<![\\p{L}\\p{N}-])(?<first>"
			+ "[А-ЯЁ](?:[а-яё]|-[А-ЯЁ]?)*[сц]к)"
			+ "(?:ой|ом|ую|ого|ому)\\h+и\\h+(?<second>[А-ЯЁ](?:[а-яё]|-[А-ЯЁ]?)*[сц]к)(?:ой|ом|ую|ого|ому|их|ие)\\h+"
			+ "(?<noun>област(?:ях|ям|ями|ей|и)|округ(?:ах|ам|ами|ов|и)|район(?:ах|ам|ами|ов|ы)|кра(?:ях|ям|ями|ев|я))(?![а-яё])");

	/**
	 * Where the two regions of {@link #RUSSIAN_PAIR} meet, which every match of it holds:
	 * a text without it is not searched for pairs.
	 */
	private static final Pattern PAIR_JOINT = Pattern.compile("[сц]к(?:ой|ом|ую|ого|ому)\\h+и\\h+[А-ЯЁ]");

	private static final int PAIR_FIRST = NamedGroups.index(RUSSIAN_PAIR, "first");

	private static final int PAIR_SECOND = NamedGroups.index(RUSSIAN_PAIR, "second");

	private static final int PAIR_NOUN = NamedGroups.index(RUSSIAN_PAIR, "noun");

	// The matches come from WordStartMatches as MatchResults, which name no groups on
	// Java
	// 17, so the groups above are read by these positions.
	private static final int ENGLISH_NAME = 1;

	private static final int RUSSIAN_STEM = 1;

	private static final int RUSSIAN_NOUN = 3;

	private static final Set<String> NOT_NAMES = Set.of("The", "This", "That", "Each", "Every", "Whole", "Entire",
			"Northern", "Southern", "Eastern", "Western", "Central", "Border", "Frontier", "Two", "Three", "One");

	private RegionNamePattern() {
	}

	/**
	 * The regions a text names that no known occurrence covers beyond their bare name.
	 */
	static List<Occurrence> findNew(String text, List<Occurrence> known) {
		List<Occurrence> found = new ArrayList<>();
		for (MatchResult match : WordStartMatches.of(ENGLISH, text)) {
			Checkpoints.check();
			Span bare = new Span(match.start(ENGLISH_NAME), match.end(ENGLISH_NAME));
			if (NOT_NAMES.contains(match.group(ENGLISH_NAME)) || endsALongerName(text, match.start(), match.group())
					|| isTaken(new Span(match.start(), match.end()), bare, known)) {
				continue;
			}
			List<String> aliases = coveredByKnown(bare, known) ? List.of() : List.of(match.group(ENGLISH_NAME));
			found.add(newPlace(match.group(), aliases, new Span(match.start(), match.end())));
		}
		for (MatchResult match : WordStartMatches.of(RUSSIAN, text)) {
			Checkpoints.check();
			Span span = new Span(match.start(), match.end());
			if (isTaken(span, new Span(span.start(), span.start()), known)) {
				continue;
			}
			String nominative = nominative(match.group(RUSSIAN_STEM), match.group(RUSSIAN_NOUN));
			List<String> aliases = match.group().equals(nominative) ? List.of(nominative)
					: List.of(nominative, match.group());
			found.add(newPlace(nominative, aliases, span));
		}
		if (!PAIR_JOINT.matcher(text).find()) {
			return found;
		}
		for (MatchResult pair : WordStartMatches.of(RUSSIAN_PAIR, text)) {
			Checkpoints.check();
			int firstEnd = text.indexOf(' ', pair.start(PAIR_FIRST));
			addPaired(found, known, text, pair.group(PAIR_FIRST), pair.group(PAIR_NOUN),
					new Span(pair.start(PAIR_FIRST), firstEnd));
			addPaired(found, known, text, pair.group(PAIR_SECOND), pair.group(PAIR_NOUN),
					new Span(pair.start(PAIR_SECOND), pair.end(PAIR_NOUN)));
		}
		return found;
	}

	private static void addPaired(List<Occurrence> found, List<Occurrence> known, String text, String stem, String noun,
			Span span) {
		if (isTaken(span, new Span(span.start(), span.start()), known)) {
			return;
		}
		String nominative = nominative(stem, noun);
		found.add(newPlace(nominative, List.of(nominative), span));
	}

	/**
	 * Known occurrences (other than the bare name) that overlap the region: the region is
	 * then part of something longer, an organization's name for one.
	 */
	/**
	 * Whether a region with a capitalized noun ends a longer proper name, a capitalized
	 * word right before it inside the sentence ("the Islamic State Khorasan Province"): a
	 * group named after a region, not the region.
	 */
	static boolean endsALongerName(String text, int start, String region) {
		if (!Character.isUpperCase(region.charAt(region.lastIndexOf(' ') + 1)) || start < 2
				|| text.charAt(start - 1) != ' ') {
			return false;
		}
		int wordStart = start - 1;
		while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
			wordStart--;
		}
		if (wordStart == start - 1 || !Character.isUpperCase(text.charAt(wordStart))) {
			return false;
		}
		String before = text.substring(0, wordStart).stripTrailing();
		return !before.isEmpty() && Character.isLetterOrDigit(before.charAt(before.length() - 1));
	}

	private static boolean isTaken(Span region, Span bare, List<Occurrence> known) {
		for (Occurrence occurrence : known) {
			boolean onBareName = occurrence.span().start() >= bare.start() && occurrence.span().end() <= bare.end();
			if (occurrence.overlaps(region) && !onBareName) {
				return true;
			}
		}
		return false;
	}

	private static boolean coveredByKnown(Span bare, List<Occurrence> known) {
		for (Occurrence occurrence : known) {
			if (occurrence.overlaps(bare)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether an occurrence is a known entity's bare name standing inside a found region.
	 */
	static boolean isInsideAny(Occurrence occurrence, List<Occurrence> regions) {
		for (Occurrence region : regions) {
			Span part = occurrence.span();
			boolean inside = part.start() >= region.span().start() && part.end() <= region.span().end();
			if (inside && occurrence.entity().type() == EntityType.PLACE && region != occurrence) {
				return true;
			}
		}
		return false;
	}

	private static String nominative(String stem, String noun) {
		boolean feminine = noun.startsWith("област");
		String nounNominative = feminine ? "область"
				: noun.startsWith("округ") ? "округ" : noun.startsWith("район") ? "район" : "край";
		return stem + (feminine ? "ая" : "ий") + " " + nounNominative;
	}

	private static Occurrence newPlace(String written, List<String> aliases, Span span) {
		String name = AliasKey.latin(written);
		List<String> allAliases = new ArrayList<>();
		if (!name.equals(written)) {
			allAliases.add(written);
		}
		for (String alias : aliases) {
			if (!allAliases.contains(alias) && !alias.equals(name)) {
				allAliases.add(alias);
			}
		}
		return new Occurrence(new EntityRef(EntityType.PLACE, null, name, allAliases, null), span, 0.7, null);
	}

}
