package app.briefings.ingestion.document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The earlier texts of documents, kept outside them: one record per document and version
 * in {@code documentRevisions}, so that a correction never makes the document it corrects
 * larger and a large document stays correctable however often it is corrected. A record
 * is keyed by document id and version and written before the document moves on, so a
 * retried or racing correction writes the same record again; a record whose version is
 * still the document's current one (the correction lost its race) is not an earlier text
 * and is not read as one.
 */
@Component
public class DocumentRevisionStore {

	public static final String COLLECTION = "documentRevisions";

	private final MongoOperations mongo;

	DocumentRevisionStore(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/** The index every read of this store uses, created with the documents' keys. */
	static Index documentAndVersionKey() {
		return new Index().on(DocumentFields.REVISION_DOCUMENT_ID, Sort.Direction.ASC)
			.on(DocumentFields.VERSION, Sort.Direction.ASC)
			.unique()
			.named("documentId_version");
	}

	/** Keeps the text a correction is about to replace; repeating it changes nothing. */
	void keep(String documentId, DocumentRevision revision) {
		this.mongo.save(new StoredRevision(documentId + "@" + revision.version(), documentId, revision.version(),
				revision.text(), revision.contentHash(), revision.receivedAt()));
	}

	/**
	 * The kept texts of the given documents, oldest first, by document id, in one query.
	 */
	public Map<String, List<DocumentRevision>> of(Collection<String> documentIds) {
		Query query = new Query(Criteria.where(DocumentFields.REVISION_DOCUMENT_ID).in(documentIds))
			.with(Sort.by(DocumentFields.REVISION_DOCUMENT_ID, DocumentFields.VERSION));
		Map<String, List<DocumentRevision>> revisions = new HashMap<>();
		for (StoredRevision stored : this.mongo.find(query, StoredRevision.class)) {
			revisions.computeIfAbsent(stored.documentId(), (id) -> new ArrayList<>()).add(stored.revision());
		}
		return revisions;
	}

	/** One earlier text of one document, as stored. */
	@Document(COLLECTION)
	record StoredRevision(@Id String id, String documentId, int version, String text, String contentHash,
			Instant receivedAt) {

		DocumentRevision revision() {
			return new DocumentRevision(this.version, this.text, this.contentHash, this.receivedAt);
		}

	}

}
