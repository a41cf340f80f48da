package app.briefings.ingestion.extraction;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One item cut out of a page, its prose separated from its headline and metadata, before
 * anything is recognized in it.
 *
 * @param title the headline, or null when the item has none
 */
record SegmentedItem(@Nullable String title, String body, @Nullable String summary, @Nullable PrintedDate printedDate,
		@Nullable String url, @Nullable String author, List<String> tags) {

	SegmentedItem {
		tags = List.copyOf(tags);
	}

}
