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

	private static final Pattern POSSESSIVE = Pattern.compile("(?<![\\p{L}])(?<owner>\\p{Lu}\\p{Ll}+)['’]s\\h+"
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
		if (!holdsPossessive(text)) {
			return found;
		}
		for (MatchResult possessive : WordStartMatches.of(POSSESSIVE, text)) {
			Checkpoints.check();
			String name = possessive.group(BODY) + " of " + possessive.group(OWNER);
			this.gazetteer.entityNamed(name)
				.filter(entity -> entity.type() == EntityType.ORGANIZATION)
				.ifPresent(entity -> found.add(new Occurrence(EntityRef.known(entity),
						new Span(possessive.start(BODY), possessive.end(BODY)), CONFIDENCE, null)));
		}
		return found;
	}

	/** Whether the text holds 's or ’s, which every match holds: else none is sought. */
	private static boolean holdsPossessive(String text) {
		return text.contains("'s") || text.contains("’s");
	}

}
