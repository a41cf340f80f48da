package app.briefings.search;

import java.util.ArrayList;
import java.util.List;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.Mention;
import app.briefings.briefing.Quote;
import org.jspecify.annotations.Nullable;

/**
 * A briefing as the OpenSearch index holds it: the stored title and body (analyzed by the
 * index), the {@link NameKey} keys of every mentioned name and quote speaker, joined by
 * spaces, and the values the feed filters match exactly.
 */
record IndexedBriefing(String id, int version, String title, String body, List<String> names, List<String> official,
		List<String> organization, List<String> operation, List<String> place, @Nullable String source,
		@Nullable String language, long publishedAt) {

	static IndexedBriefing of(Briefing briefing, NameKeys nameKeys) {
		return new IndexedBriefing(briefing.id(), briefing.revision(), briefing.title(), briefing.body(),
				names(briefing, nameKeys), briefing.officialIds(), briefing.organizationIds(), briefing.operationIds(),
				briefing.placeIds(), briefing.source().name(), briefing.language(),
				briefing.publishedAt().toEpochMilli());
	}

	private static List<String> names(Briefing briefing, NameKeys nameKeys) {
		List<String> names = new ArrayList<>();
		for (Mention mention : briefing.mentions()) {
			addName(names, nameKeys, mention.surface());
		}
		for (Quote quote : briefing.quotes()) {
			addName(names, nameKeys, quote.speakerName());
		}
		return names;
	}

	private static void addName(List<String> names, NameKeys nameKeys, @Nullable String name) {
		if (name == null) {
			return;
		}
		String keys = nameKeys.of(name);
		if (!keys.isEmpty()) {
			names.add(keys);
		}
	}

}
