package app.briefings.ingestion;

import java.util.List;

/**
 * Published, on the instance that did the work, once a version of a document is complete:
 * its briefings are all written, and those a correction or retraction withdrew are
 * retracted. Lists every briefing written or retracted.
 */
public record DocumentIngested(String documentId, List<String> briefingIds) {

	public DocumentIngested {
		briefingIds = List.copyOf(briefingIds);
	}

}
