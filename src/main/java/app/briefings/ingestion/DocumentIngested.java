package app.briefings.ingestion;

import java.util.List;
import java.util.Map;

import app.briefings.briefing.Briefing;

/**
 * Published, on the instance that did the work, once a version of a document is complete:
 * its briefings are all written, and those a correction or retraction withdrew are
 * retracted. Lists every briefing written or retracted.
 *
 * @param inserted the briefings of a document's first version as the caller that inserted
 * the document wrote them, by id, so listeners need not read them back; empty for every
 * other change (see docs/ingestion.md)
 */
public record DocumentIngested(String documentId, List<String> briefingIds, Map<String, Briefing> inserted) {

	public DocumentIngested {
		briefingIds = List.copyOf(briefingIds);
		inserted = Map.copyOf(inserted);
	}

	public DocumentIngested(String documentId, List<String> briefingIds) {
		this(documentId, briefingIds, Map.of());
	}

}
