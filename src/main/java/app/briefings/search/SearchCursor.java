package app.briefings.search;

import java.util.List;

import app.briefings.graphql.paging.Cursor;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * The position of a hit in ranking order: its score, ties broken by id ascending, as an
 * opaque cursor and back as the {@link FieldDoc} that Lucene's {@code searchAfter} takes.
 */
final class SearchCursor {

	private SearchCursor() {
	}

	static String of(float score, String briefingId) {
		return Cursor.encode(Float.toString(score), briefingId);
	}

	/**
	 * The hit a cursor points at. Lucene breaks ties of equal sort values by document
	 * number; no two hits tie on (score, id), so the last document of the reader stands
	 * in for the hit itself.
	 */
	static FieldDoc after(String cursor, int maxDoc) {
		Position position = position(cursor);
		return new FieldDoc(maxDoc - 1, position.score(),
				new Object[] { position.score(), new BytesRef(position.briefingId()) });
	}

	/** The score and the id a cursor holds. */
	static Position position(String cursor) {
		List<String> keys = Cursor.decode(cursor, 2);
		return new Position(parseScore(cursor, keys.get(0)), keys.get(1));
	}

	private static float parseScore(String cursor, String text) {
		try {
			float score = Float.parseFloat(text);
			if (Float.isFinite(score)) {
				return score;
			}
		}
		catch (NumberFormatException ex) {
			throw Cursor.invalid(cursor);
		}
		throw Cursor.invalid(cursor);
	}

	/** A hit's place in ranking order: its score, then its briefing id. */
	record Position(float score, String briefingId) {

	}

}
