package app.briefings.ingestion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.briefings.briefing.Briefing;
import app.briefings.sync.LoggedEntries;

/**
 * Published instead of one {@link DocumentIngested} per document when documents are
 * completed together (the bulk import's batches), so that listeners can handle the
 * briefings of the whole batch at once: the in-process change feed announces them to the
 * search index as one change, which reads them back in one query.
 *
 * @param logged the change-log entries of exactly these changes, when every change of the
 * batch was logged in one go; {@link LoggedEntries#NONE} otherwise
 */
public record DocumentsIngested(List<DocumentIngested> documents, LoggedEntries logged) {

	public DocumentsIngested {
		documents = List.copyOf(documents);
	}

	public DocumentsIngested(List<DocumentIngested> documents) {
		this(documents, LoggedEntries.NONE);
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
