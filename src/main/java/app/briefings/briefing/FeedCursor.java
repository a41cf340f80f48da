package app.briefings.briefing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import app.briefings.graphql.paging.Cursor;
import app.briefings.graphql.paging.PageRequest;
import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * The position of a briefing in a newest-first feed: its publication instant, ties broken
 * by id descending.
 */
final class FeedCursor {

	static final Document NEWEST_FIRST = new Document(BriefingFields.PUBLISHED_AT, -1).append(BriefingFields.ID, -1);

	static final Document OLDEST_FIRST = new Document(BriefingFields.PUBLISHED_AT, 1).append(BriefingFields.ID, 1);

	private FeedCursor() {
	}

	static String of(Briefing briefing) {
		return Cursor.encode(Long.toString(briefing.publishedAt().toEpochMilli()), briefing.id());
	}

	/** The order a page is fetched in: the feed order forward, its reverse backward. */
	static Document fetchOrder(PageRequest page) {
		return page.isBackward() ? OLDEST_FIRST : NEWEST_FIRST;
	}

	/** {@link #fetchOrder} for {@code find} queries. */
	static Sort fetchSort(PageRequest page) {
		Sort.Direction direction = page.isBackward() ? Sort.Direction.ASC : Sort.Direction.DESC;
		return Sort.by(direction, BriefingFields.PUBLISHED_AT, BriefingFields.ID);
	}

	/** Criteria for the briefings strictly between the page's cursors. */
	static List<Criteria> bounds(PageRequest page) {
		List<Criteria> bounds = new ArrayList<>(2);
		if (page.after() != null) {
			List<String> keys = Cursor.decode(page.after(), 2);
			bounds.add(olderThan(parseInstant(page.after(), keys.get(0)), keys.get(1), false));
		}
		if (page.before() != null) {
			List<String> keys = Cursor.decode(page.before(), 2);
			bounds.add(newerThan(parseInstant(page.before(), keys.get(0)), keys.get(1), false));
		}
		return bounds;
	}

	/** Briefings after the position in feed order, or also at it when inclusive. */
	static Criteria olderThan(Instant publishedAt, String id, boolean inclusive) {
		Criteria sameInstant = Criteria.where(BriefingFields.PUBLISHED_AT).is(publishedAt).and(BriefingFields.ID);
		return new Criteria().orOperator(Criteria.where(BriefingFields.PUBLISHED_AT).lt(publishedAt),
				inclusive ? sameInstant.lte(id) : sameInstant.lt(id));
	}

	/** Briefings before the position in feed order, or also at it when inclusive. */
	static Criteria newerThan(Instant publishedAt, String id, boolean inclusive) {
		Criteria sameInstant = Criteria.where(BriefingFields.PUBLISHED_AT).is(publishedAt).and(BriefingFields.ID);
		return new Criteria().orOperator(Criteria.where(BriefingFields.PUBLISHED_AT).gt(publishedAt),
				inclusive ? sameInstant.gte(id) : sameInstant.gt(id));
	}

	static Instant parseInstant(String cursor, String epochMillis) {
		try {
			return Instant.ofEpochMilli(Long.parseLong(epochMillis));
		}
		catch (NumberFormatException ex) {
			throw Cursor.invalid(cursor);
		}
	}

}
