package app.briefings.ingestion.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes political parties and parliamentary groups by the word that introduces them:
 * a name in quotation marks after «партия», «фракция», «блок», «движение» («депутат от
 * правящей партии «Новый путь»») or before "party", "faction", "bloc" (the "New Path"
 * party), and capitalized words between "ruling" or "opposition" and "party" ("the ruling
 * New Path party"). Such names carry no institution word, so the organization pattern
 * cannot see them.
 */
final class PartyNamePattern {

	private static final Pattern QUOTED_RU = Pattern
		.compile("(?<![\\p{L}])(?:[Пп]арти[июяей]{1,2}|[Фф]ракци[июяей]{1,2}"
				+ "|[Бб]лок(?:а|у|ом|е)?|[Дд]вижени[еяюи])\\h+«(?<name>\\p{Lu}[^«»\\n]{1,40}?)»");

	private static final Pattern QUOTED_EN = Pattern.compile(
			"(?<![\\p{L}])[“\"](?<name>\\p{Lu}[^“”\"\\n]{1,40}?)[”\"]\\h+(?:party|faction|bloc|movement)(?![\\p{L}])");

	private static final Pattern RULING_OR_OPPOSITION = Pattern.compile("(?<![\\p{L}])(?:[Rr]uling|[Oo]pposition)\\h+"
			+ "(?<name>\\p{Lu}\\p{Ll}+(?:\\h+\\p{Lu}\\p{Ll}+){1,3})\\h+(?:party|faction|bloc|movement)(?![\\p{L}])");

	private static final int QUOTED_RU_NAME = NamedGroups.index(QUOTED_RU, "name");

	private static final int QUOTED_EN_NAME = NamedGroups.index(QUOTED_EN, "name");

	private static final int RULING_OR_OPPOSITION_NAME = NamedGroups.index(RULING_OR_OPPOSITION, "name");

	private static final double CONFIDENCE = 0.6;

	private PartyNamePattern() {
	}

	/**
	 * The parties named in the text that no occurrence found so far overlaps. The Russian
	 * and the ruling-or-opposition patterns are searched only when the text holds what
	 * every match of them holds: «, "uling" or "pposition".
	 */
	static List<Occurrence> findNew(String text, List<Occurrence> known) {
		List<Occurrence> found = new ArrayList<>();
		if (text.indexOf('«') >= 0) {
			addAll(found, known, QUOTED_RU_NAME, WordStartMatches.of(QUOTED_RU, text));
		}
		if (text.contains("uling") || text.contains("pposition")) {
			addAll(found, known, RULING_OR_OPPOSITION_NAME, WordStartMatches.of(RULING_OR_OPPOSITION, text));
		}
		addAll(found, known, QUOTED_EN_NAME, quotedEnglish(text));
		found.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
		return found;
	}

	/**
	 * The matches of {@link #QUOTED_EN} that {@link Matcher#find()} gives, tried only at
	 * the quotation marks every one of them opens with.
	 */
	private static List<MatchResult> quotedEnglish(String text) {
		List<MatchResult> matches = new ArrayList<>();
		Matcher matcher = QUOTED_EN.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
		int searchedUpTo = 0;
		for (int offset = 0; offset < text.length(); offset++) {
			char c = text.charAt(offset);
			if (offset < searchedUpTo || (c != '"' && c != '“')) {
				continue;
			}
			if (matcher.region(offset, text.length()).lookingAt()) {
				matches.add(matcher.toMatchResult());
				searchedUpTo = matcher.end();
			}
		}
		return matches;
	}

	private static void addAll(List<Occurrence> found, List<Occurrence> known, int name, List<MatchResult> parties) {
		for (MatchResult party : parties) {
			Checkpoints.check();
			add(found, known, party.group(name), new Span(party.start(name), party.end(name)));
		}
	}

	private static void add(List<Occurrence> found, List<Occurrence> known, String written, Span span) {
		if (Occurrences.overlapsAny(span, known) || Occurrences.overlapsAny(span, found)) {
			return;
		}
		String name = AliasKey.latin(written);
		List<String> aliases = name.equals(written) ? List.of() : List.of(written);
		found.add(new Occurrence(new EntityRef(EntityType.ORGANIZATION, null, name, aliases, null), span, CONFIDENCE,
				null));
	}

}
