package app.briefings.briefing;

import java.time.Instant;
import java.util.List;

/**
 * Briefings written straight to the repository for tests, with only what a test needs.
 */
final class NavigationFixtures {

	private NavigationFixtures() {
	}

	static Briefing briefing(String id, Instant publishedAt, List<String> officialIds) {
		return briefing(id, publishedAt, officialIds, List.of(), List.of());
	}

	static Briefing briefing(String id, Instant publishedAt, List<String> officialIds, List<String> operationIds,
			List<Quote> quotes) {
		return new Briefing(id, "navigation-test", 0, "Title " + id, "Body of " + id, null, publishedAt,
				DateSource.DOCUMENT, "en", new Source("Navigation wire", null, null), List.of(), quotes, List.of(),
				List.of(), officialIds, List.of(), operationIds, List.of(), List.of(), "test", BriefingStatus.PUBLISHED,
				publishedAt);
	}

	static Briefing retracted(Briefing briefing) {
		return new Briefing(briefing.id(), briefing.documentId(), briefing.itemIndex(), briefing.title(),
				briefing.body(), briefing.summary(), briefing.publishedAt(), briefing.dateSource(), briefing.language(),
				briefing.source(), briefing.tags(), briefing.quotes(), briefing.mentions(), briefing.dates(),
				briefing.officialIds(), briefing.organizationIds(), briefing.operationIds(), briefing.placeIds(),
				briefing.eventIds(), briefing.extractorVersion(), BriefingStatus.RETRACTED, briefing.ingestedAt());
	}

	static Quote quote(String text, String speakerId) {
		return new Quote(text, QuoteKind.DIRECT, new TextSpan(0, 1), 0.9, speakerId, null, null, "said", null);
	}

}
