package app.briefings.ingestion.extraction;

/**
 * A line of a page that is in no item's title or body, with what the layout stage took it
 * for and why, so that an editor can see what was removed.
 *
 * @param text the line (for a dateline, the dateline part only)
 * @param kind what the line was classified as
 * @param evidence the feature that decided it ("menu of short entries", "byline")
 */
public record RemovedLine(String text, LineKind kind, String evidence) {

}
