package app.briefings.ingestion.document;

import app.briefings.briefing.DocumentProvenance;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** Answers the briefing feature's questions about stored documents. */
@Component
class StoredDocumentProvenance implements DocumentProvenance {

	private final DocumentStore documents;

	StoredDocumentProvenance(DocumentStore documents) {
		this.documents = documents;
	}

	@Override
	public @Nullable String partnerOf(String documentId) {
		return this.documents.findById(documentId).map(RawDocument::partner).orElse(null);
	}

	@Override
	public boolean hasDerivableId(String documentId) {
		return DocumentIdentity.isDerivable(documentId);
	}

}
