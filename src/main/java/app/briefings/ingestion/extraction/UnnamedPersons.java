package app.briefings.ingestion.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People an item introduces without a name ("an official at the CSTO Secretariat", "a
 * source familiar with the talks", «один из участников заседания», «источник»). Such a
 * person can be whom a later "he" or "the official" means, so a reference after one never
 * falls back to a named person before it.
 */
final class UnnamedPersons {

	private static final Pattern ENGLISH = Pattern.compile("(?iu)(?<!\\p{L})(?<introducer>an|a|another|one of the)\\h+"
			+ "(?:[\\p{L}-]+\\h+){0,3}?(?<noun>officials?|sources?|spokes(?:man|woman|person)|diplomats?"
			+ "|participants?|representatives?|officers?|analysts?|experts?|aides?|witness(?:es)?)(?!\\p{L})");

	private static final Pattern RUSSIAN = Pattern.compile("(?iu)(?<!\\p{L})(?:(?:один|одна|одного|одной|одному)\\h+из"
			+ "\\h+\\p{L}+|источник\\p{L}*|собеседник\\p{L}*|неназванн\\p{L}*|аноним\\p{L}*)(?!\\p{L})");

	private static final Pattern APPOSITION_GAP = Pattern.compile("\\h*,\\h*");

	private final List<Span> introductions;

	private UnnamedPersons(List<Span> introductions) {
		this.introductions = introductions;
	}

	/**
	 * The unnamed people of a text, leaving out appositions to a named person ("Zas, a
	 * former official, …"), which describe that person instead of introducing another.
	 */
	static UnnamedPersons in(String text, List<Occurrence> persons) {
		List<Span> found = new ArrayList<>();
		for (Pattern pattern : List.of(ENGLISH, RUSSIAN)) {
			Matcher matcher = pattern.matcher(text);
			while (matcher.find()) {
				Checkpoints.check(found.size());
				if (!isApposition(text, matcher.start(), persons)) {
					found.add(new Span(matcher.start(), matcher.end()));
				}
			}
		}
		return new UnnamedPersons(found);
	}

	private static boolean isApposition(String text, int start, List<Occurrence> persons) {
		for (Occurrence person : persons) {
			int end = person.span().end();
			if (end <= start && start - end <= 3 && APPOSITION_GAP.matcher(text.substring(end, start)).matches()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether an unnamed person is introduced after {@code from} and before {@code to}.
	 */
	boolean introducedBetween(int from, int to) {
		for (Span introduction : this.introductions) {
			if (introduction.start() >= from && introduction.end() <= to) {
				return true;
			}
		}
		return false;
	}

}
