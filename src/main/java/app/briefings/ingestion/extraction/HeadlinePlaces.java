package app.briefings.ingestion.extraction;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The known places an item's headline names ("Search exercise held in Kazakhstan", «В
 * Алматы прошел семинар»), added to the item's places when its body does not name them:
 * the headline is part of the item but not of its body, so such a place has no span in
 * it. A place written right after "of" belongs to an organization's name and is left out.
 */
final class HeadlinePlaces {

	private HeadlinePlaces() {
	}

	static List<ExtractedMention> withPlaces(List<ExtractedMention> mentions, @Nullable String headline,
			Gazetteer gazetteer) {
		if (headline == null || headline.isBlank()) {
			return mentions;
		}
		List<ExtractedMention> all = mentions;
		for (Occurrence occurrence : gazetteer.find(headline)) {
			EntityRef place = occurrence.entity();
			if (place.type() != EntityType.PLACE || !place.isKnown() || isInsideName(headline, occurrence.span())
					|| isMentioned(all, place)) {
				continue;
			}
			if (all == mentions) {
				all = new ArrayList<>(mentions);
			}
			String written = headline.substring(occurrence.span().start(), occurrence.span().end());
			all.add(new ExtractedMention(place, written, List.of(), occurrence.confidence(), null));
		}
		return all;
	}

	private static boolean isInsideName(String headline, Span span) {
		String before = headline.substring(0, span.start());
		return before.endsWith(" of ") || before.endsWith(" of the ");
	}

	private static boolean isMentioned(List<ExtractedMention> mentions, EntityRef place) {
		for (ExtractedMention mention : mentions) {
			if (place.knownId() != null && place.knownId().equals(mention.entity().knownId())) {
				return true;
			}
		}
		return false;
	}

}
