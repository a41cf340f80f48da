package app.briefings.ingestion.extraction;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One news item of a page: a short news item, a wire item or an op-ed.
 *
 * @param title the headline, or for an item without one its first sentence shortened at a
 * word boundary
 * @param body the item's prose with headline, byline, date/URL/tag blocks and navigation
 * text removed; every span points into it
 * @param summary the teaser or lead for op-eds, else null
 * @param language "en" or "ru"
 * @param printedDate the publication date the item prints for itself, or null when it has
 * none
 * @param tags the tags as given, in order
 * @param candidates names left to an editor instead of being linked by a guess
 */
public record ExtractedItem(String title, String body, @Nullable String summary, String language,
		@Nullable PrintedDate printedDate, @Nullable String url, @Nullable String author, List<String> tags,
		List<ExtractedMention> mentions, List<ExtractedQuote> quotes, List<ExtractedDate> dates,
		List<ExtractedCandidate> candidates) {

	public ExtractedItem {
		tags = List.copyOf(tags);
		mentions = List.copyOf(mentions);
		quotes = List.copyOf(quotes);
		dates = List.copyOf(dates);
		candidates = List.copyOf(candidates);
	}

	/** An item without candidates. */
	public ExtractedItem(String title, String body, @Nullable String summary, String language,
			@Nullable PrintedDate printedDate, @Nullable String url, @Nullable String author, List<String> tags,
			List<ExtractedMention> mentions, List<ExtractedQuote> quotes, List<ExtractedDate> dates) {
		this(title, body, summary, language, printedDate, url, author, tags, mentions, quotes, dates, List.of());
	}

}
