package app.briefings.ingestion.extraction;

import java.util.List;

/** Everything extracted from one raw document: its items, in page order. */
public record ExtractedDocument(List<ExtractedItem> items) {

	public ExtractedDocument {
		items = List.copyOf(items);
	}

}
