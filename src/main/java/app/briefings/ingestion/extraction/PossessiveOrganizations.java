package app.briefings.ingestion.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Recognizes known organizations named with their country in the possessive ("Russia's
 * Security Council" for the known "Security Council of Russia"): the body's words are
 * looked up with "of" and the owner after them. The mention covers the body's words, so
 * the country stays a mention of its own.
 */
final class PossessiveOrganizations {

	static final Pattern POSSESSIVE = Pattern.compile("(?<![\\p{L}])(?<owner>\\p{Lu}\\p{Ll}+)['’]s\\h+"
			+ "(?<body>(?:\\p{Lu}\\p{Ll}+\\h+){0,3}(?:Council|Ministry|Service|Committee|Agency|Guard|Staff|Office"
			+ "|Forces|Secretariat))(?![\\p{L}])");

	private static final int OWNER = NamedGroups.index(POSSESSIVE, "owner");

	private static final int BODY = NamedGroups.index(POSSESSIVE, "body");

	private static final double CONFIDENCE = 0.8;

	private final Gazetteer gazetteer;

	PossessiveOrganizations(Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
	}

	List<Occurrence> find(String text) {
		List<Occurrence> found = new ArrayList<>();
		boolean[] possessiveAhead = possessiveAhead(text);
		for (MatchResult possessive : WordStartMatches.of(POSSESSIVE, text, (offset) -> possessiveAhead[offset])) {
			Checkpoints.check();
			String name = possessive.group(BODY) + " of " + possessive.group(OWNER);
			this.gazetteer.entityNamed(name)
				.filter(entity -> entity.type() == EntityType.ORGANIZATION)
				.ifPresent(entity -> found.add(new Occurrence(EntityRef.known(entity),
						new Span(possessive.start(BODY), possessive.end(BODY)), CONFIDENCE, null)));
		}
		return found;
	}

	/**
	 * For each offset, whether the letters from it end at 's or ’s: the owner of a match
	 * is letters alone, so a match can begin nowhere else.
	 */
	static boolean[] possessiveAhead(String text) {
		boolean[] ahead = new boolean[text.length() + 1];
		for (int i = text.length() - 1; i >= 0; i--) {
			char c = text.charAt(i);
			if (Character.isLetter(c) || Character.isSurrogate(c)) {
				ahead[i] = ahead[i + 1];
			}
			else {
				ahead[i] = (c == '\'' || c == '’') && i + 1 < text.length() && text.charAt(i + 1) == 's';
			}
		}
		return ahead;
	}

}
