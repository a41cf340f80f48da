package app.briefings.ingestion;

import java.util.List;

/**
 * Published, on the instance that did the work, once a document's briefings are all
 * written.
 */
public record DocumentIngested(String documentId, List<String> briefingIds) {

	public DocumentIngested {
		briefingIds = List.copyOf(briefingIds);
	}

}
