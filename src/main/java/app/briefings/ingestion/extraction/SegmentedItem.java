package app.briefings.ingestion.extraction;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One item cut out of a page, its prose separated from its headline and metadata, before
 * anything is recognized in it.
 *
 * @param title the headline, or null when the item has none
 * @param turns the body's paragraphs that are not plain prose (time stamps, speaker
 * turns, questions, answers), in order
 * @param datelinePlace the place named by the dateline removed from the item's first
 * paragraph, as written, or null
 */
record SegmentedItem(@Nullable String title, String body, @Nullable String summary, @Nullable PrintedDate printedDate,
		@Nullable String url, @Nullable String author, List<String> tags, List<Turn> turns,
		@Nullable String datelinePlace) {

	SegmentedItem {
		tags = List.copyOf(tags);
		turns = List.copyOf(turns);
	}

	/**
	 * A paragraph of the body with a layout role: where it stands, what it is, and the
	 * speaker its label names (null for a question, an unlabelled answer or a time
	 * stamp).
	 */
	record Turn(Span span, LineKind kind, @Nullable String label) {

	}

}
