package app.briefings.ingestion.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The place an item's dateline names ("TASHKENT, December 3 (UzA) –", «Ереван, 5
 * декабря.»), added to the item's places. The dateline is removed from the body, so this
 * place has no span in it; a place the body names as well keeps its body mention only.
 */
final class DatelinePlace {

	private static final double NEW_PLACE_CONFIDENCE = 0.7;

	private DatelinePlace() {
	}

	/**
	 * The mentions with the dateline's place added when it is a known place, or a name
	 * the knowledge base has for nothing else, and no mention points at it yet.
	 */
	static List<ExtractedMention> withPlace(List<ExtractedMention> mentions, @Nullable String written,
			Gazetteer gazetteer) {
		if (written == null || written.isBlank()) {
			return mentions;
		}
		String name = readable(written.strip());
		Optional<KnownEntity> known = gazetteer.entityNamed(name);
		if (known.isPresent() && known.get().type() != EntityType.PLACE) {
			return mentions;
		}
		EntityRef place = known.map(WellKnownPlaces::refOf).orElseGet(() -> newPlace(name));
		double confidence = known.isPresent() ? 1.0 : NEW_PLACE_CONFIDENCE;
		if (isMentioned(mentions, place)) {
			return mentions;
		}
		List<ExtractedMention> all = new ArrayList<>(mentions);
		all.add(new ExtractedMention(place, written.strip(), List.of(), confidence, null));
		return all;
	}

	/** A name written in capitals ("NUR-SULTAN", "NEW YORK") in the case of prose. */
	static String readable(String written) {
		if (!written.equals(written.toUpperCase()) || written.equals(written.toLowerCase())) {
			return written;
		}
		StringBuilder name = new StringBuilder(written.length());
		boolean wordStart = true;
		for (int i = 0; i < written.length(); i++) {
			char c = written.charAt(i);
			name.append(wordStart ? c : Character.toLowerCase(c));
			wordStart = !Character.isLetter(c);
		}
		return name.toString();
	}

	private static EntityRef newPlace(String name) {
		String latin = AliasKey.latin(name);
		List<String> aliases = latin.equals(name) ? List.of() : List.of(name);
		return new EntityRef(EntityType.PLACE, null, latin, aliases, null);
	}

	private static boolean isMentioned(List<ExtractedMention> mentions, EntityRef place) {
		for (ExtractedMention mention : mentions) {
			if (isSamePlace(mention.entity(), place)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isSamePlace(EntityRef entity, EntityRef place) {
		if (entity.type() != EntityType.PLACE) {
			return false;
		}
		if (place.isKnown() || entity.isKnown()) {
			return place.knownId() != null && place.knownId().equals(entity.knownId());
		}
		return entity.answersTo(place.name());
	}

}
