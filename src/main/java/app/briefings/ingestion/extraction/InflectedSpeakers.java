package app.briefings.ingestion.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Keeps quotes from new people whose names stayed in the oblique case the text wrote them
 * in («с экспертом Рустамом Назаровым»): such a person is filed under a form that is not
 * their name, so linking a quote to them would name the wrong speaker. The quote keeps
 * the speaker as written and no linked speaker, for editors to decide.
 */
final class InflectedSpeakers {

	/**
	 * Instrumental, dative or genitive endings of Russian surnames, never nominative
	 * ones.
	 */
	private static final Pattern OBLIQUE_SURNAME = Pattern
		.compile("(?:овым|евым|ёвым|иным|ыным|ским|цким|овой|евой|ёвой|иной|ыной|ову|еву|ёву)$");

	/** The same endings in the name's Latin spelling («Назаровым» → "Nazarovym"). */
	private static final Pattern OBLIQUE_LATIN_SURNAME = Pattern
		.compile("(?:ovym|evym|yovym|inym|ynym|skim|tskim|ovoy|evoy|inoy|ynoy|ovu|evu)$");

	private static final double ABSTAINED = 0.3;

	private InflectedSpeakers() {
	}

	static List<ExtractedQuote> unlinked(List<ExtractedQuote> quotes) {
		List<ExtractedQuote> checked = new ArrayList<>(quotes.size());
		for (ExtractedQuote quote : quotes) {
			EntityRef speaker = quote.speaker();
			if (speaker != null && isInflected(speaker)) {
				checked.add(new ExtractedQuote(quote.text(), quote.span(), quote.kind(), null, quote.speakerAsWritten(),
						quote.roleAsWritten(), quote.verb(), Math.min(quote.confidence(), ABSTAINED)));
			}
			else {
				checked.add(quote);
			}
		}
		return checked;
	}

	/**
	 * Whether a new person was filed under an oblique surname: the name and its Cyrillic
	 * form as written both end with one (a name put back in the nominative does not).
	 */
	static boolean isInflected(EntityRef speaker) {
		if (speaker.isKnown() || speaker.type() != EntityType.OFFICIAL
				|| !OBLIQUE_LATIN_SURNAME.matcher(speaker.name().strip()).find()) {
			return false;
		}
		for (String alias : speaker.aliases()) {
			if (!alias.isEmpty() && AliasKey.isCyrillic(alias.charAt(0))
					&& OBLIQUE_SURNAME.matcher(alias.strip()).find()) {
				return true;
			}
		}
		return false;
	}

}
