package app.briefings.bench;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The REST twin's answer: the same shape, names and order as the {@code data} of the
 * GraphQL feed query {@code graphql-test/benchFeed.graphql}, so that Jackson writes the
 * same bytes.
 *
 * @param briefings the page of the feed
 */
record RestFeed(FeedPage briefings) {

	/** The page's edges, newest first. */
	record FeedPage(List<FeedEdge> edges) {
	}

	/** One briefing of the page. */
	record FeedEdge(FeedBriefing node) {
	}

	/** The selected fields of a briefing. */
	record FeedBriefing(String id, String title, String publishedAt, List<FeedQuote> quotes,
			List<FeedOfficial> officials, List<FeedOperation> operations, List<Name> organizations) {
	}

	/** A quote's words and, when linked, its speaker's name. */
	record FeedQuote(String text, @Nullable Name speaker) {
	}

	/** An official's name and position titles. */
	record FeedOfficial(String name, List<Title> positions) {
	}

	/** An operation's name and kind. */
	record FeedOperation(String name, String kind) {
	}

	/** An entity's name. */
	record Name(String name) {
	}

	/** A position's title. */
	record Title(String title) {
	}

}
