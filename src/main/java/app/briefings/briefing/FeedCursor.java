package app.briefings.briefing;

import java.time.Instant;
import java.util.List;

import app.briefings.graphql.Cursor;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * The position of a briefing in a newest-first feed: its publication instant, ties broken
 * by id descending.
 */
final class FeedCursor {

	private FeedCursor() {
	}

	static String of(Briefing briefing) {
		return Cursor.encode(Long.toString(briefing.publishedAt().toEpochMilli()), briefing.id());
	}

	/** Criteria for the briefings strictly after the cursor in feed order. */
	static Criteria after(String cursor) {
		List<String> keys = Cursor.decode(cursor, 2);
		Instant publishedAt = parseInstant(cursor, keys.get(0));
		String id = keys.get(1);
		return new Criteria().orOperator(Criteria.where("publishedAt").lt(publishedAt),
				Criteria.where("publishedAt").is(publishedAt).and("_id").lt(id));
	}

	private static Instant parseInstant(String cursor, String epochMillis) {
		try {
			return Instant.ofEpochMilli(Long.parseLong(epochMillis));
		}
		catch (NumberFormatException ex) {
			throw Cursor.invalid(cursor);
		}
	}

}
