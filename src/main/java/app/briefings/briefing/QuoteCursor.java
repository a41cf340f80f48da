package app.briefings.briefing;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import app.briefings.graphql.paging.Cursor;

/**
 * The position of a quote in an official's newest-first quotes: its briefing's feed
 * position, then its index in the briefing's text order.
 */
record QuoteCursor(Instant publishedAt, String briefingId, int index) implements Comparable<QuoteCursor> {

	private static final Comparator<QuoteCursor> QUOTE_ORDER = Comparator
		.comparing(QuoteCursor::publishedAt, Comparator.reverseOrder())
		.thenComparing(QuoteCursor::briefingId, Comparator.reverseOrder())
		.thenComparingInt(QuoteCursor::index);

	static QuoteCursor decode(String cursor) {
		List<String> keys = Cursor.decode(cursor, 3);
		try {
			return new QuoteCursor(FeedCursor.parseInstant(cursor, keys.get(0)), keys.get(1),
					Integer.parseInt(keys.get(2)));
		}
		catch (NumberFormatException ex) {
			throw Cursor.invalid(cursor);
		}
	}

	String encode() {
		return Cursor.encode(Long.toString(this.publishedAt.toEpochMilli()), this.briefingId,
				Integer.toString(this.index));
	}

	/** Compares in the order of the quotes connection: newest first. */
	@Override
	public int compareTo(QuoteCursor other) {
		return QUOTE_ORDER.compare(this, other);
	}

}
