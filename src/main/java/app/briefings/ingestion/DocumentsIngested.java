package app.briefings.ingestion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.briefings.briefing.Briefing;

/**
 * Published instead of one {@link DocumentIngested} per document when documents are
 * completed together (the bulk import's batches), so that listeners can handle the
 * briefings of the whole batch at once: the in-process change feed announces them to the
 * search index as one change, which reads them back in one query.
 */
public record DocumentsIngested(List<DocumentIngested> documents) {

	public DocumentsIngested {
		documents = List.copyOf(documents);
	}

	/** Every briefing written or retracted, document after document. */
	public List<String> briefingIds() {
		List<String> ids = new ArrayList<>();
		for (DocumentIngested document : this.documents) {
			ids.addAll(document.briefingIds());
		}
		return ids;
	}

	/** The {@link DocumentIngested#inserted} briefings of every document, by id. */
	public Map<String, Briefing> inserted() {
		Map<String, Briefing> inserted = new HashMap<>();
		for (DocumentIngested document : this.documents) {
			inserted.putAll(document.inserted());
		}
		return inserted;
	}

}
