package app.briefings.ingestion.extraction;

import java.util.List;

/**
 * Everything extracted from one raw document: its items, in page order, and the lines of
 * the page that are in no item's title or body, each with what it was taken for.
 */
public record ExtractedDocument(List<ExtractedItem> items, List<RemovedLine> removed) {

	public ExtractedDocument {
		items = List.copyOf(items);
		removed = List.copyOf(removed);
	}

	/** A document with no removed lines. */
	public ExtractedDocument(List<ExtractedItem> items) {
		this(items, List.of());
	}

}
