package app.briefings.ingestion.api;

import java.util.ArrayList;
import java.util.List;

import app.briefings.graphql.node.GlobalId;
import app.briefings.security.AuditTargets;

/**
 * One result per input document, in input order; the audit log names the ingestion record
 * of every document that was stored.
 */
record IngestDocumentsPayload(List<IngestDocumentResult> results) implements AuditTargets {

	IngestDocumentsPayload {
		results = List.copyOf(results);
	}

	@Override
	public List<String> auditTargetIds() {
		List<String> ids = new ArrayList<>(this.results.size());
		for (IngestDocumentResult result : this.results) {
			if (result.documentId() != null) {
				ids.add(GlobalId.encode("IngestionRecord", result.documentId()));
			}
		}
		return ids;
	}

}
