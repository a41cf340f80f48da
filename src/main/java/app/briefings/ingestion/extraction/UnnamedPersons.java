package app.briefings.ingestion.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
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
		Set<Integer> nameEnds = new HashSet<>();
		for (Occurrence person : persons) {
			nameEnds.add(person.span().end());
		}
		List<Span> found = new ArrayList<>();
		for (Pattern pattern : List.of(ENGLISH, RUSSIAN)) {
			for (MatchResult match : WordStartMatches.afterNonLetters(pattern, text)) {
				Checkpoints.check(found.size());
				if (!isApposition(text, match.start(), nameEnds)) {
					found.add(new Span(match.start(), match.end()));
				}
			}
		}
		found.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return new UnnamedPersons(found);
	}

	private static boolean isApposition(String text, int start, Set<Integer> nameEnds) {
		for (int end = Math.max(0, start - 3); end <= start; end++) {
			if (nameEnds.contains(end) && APPOSITION_GAP.matcher(text.substring(end, start)).matches()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether an unnamed person is introduced after {@code from} and before {@code to}.
	 */
	boolean introducedBetween(int from, int to) {
		int low = 0;
		int high = this.introductions.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (this.introductions.get(middle).start() < from) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low < this.introductions.size() && this.introductions.get(low).end() <= to;
	}

}
