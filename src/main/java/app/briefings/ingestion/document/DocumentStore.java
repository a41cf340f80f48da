package app.briefings.ingestion.document;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import app.briefings.ingestion.extraction.RemovedLine;
import com.mongodb.ErrorCategory;
import com.mongodb.ReadConcern;
import com.mongodb.bulk.BulkWriteError;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The state machine of a raw document, one atomic single-document write per step: a
 * document is inserted {@code PENDING}; a correction or retraction moves it to the next
 * version and back to {@code PENDING}, but only from the version its caller read, so two
 * racing changes never interleave; finishing a version marks it {@code DONE} (or
 * {@code RETRACTED}) only while it is still the current one.
 */
@Component
public class DocumentStore {

	private static final String ID = DocumentFields.ID;

	private static final String VERSION = DocumentFields.VERSION;

	private final MongoOperations mongo;

	private final DocumentIds ids;

	private final DocumentRevisionStore revisions;

	DocumentStore(MongoOperations mongo, DocumentIds ids, DocumentRevisionStore revisions) {
		this.mongo = mongo;
		this.ids = ids;
		this.revisions = revisions;
	}

	/**
	 * The stored document with this identity, also one stored under an older id scheme.
	 */
	public Optional<RawDocument> find(DocumentIdentity identity) {
		return find(identity, null);
	}

	/**
	 * Whether {@link #insertUnlessStored} alone finds a document stored with this
	 * identity, so that it need not be looked up first: a document with an external ID
	 * collides with a stored one on its id, or on the unique (partner, external ID) when
	 * it was stored under an older id; one without an external ID may be stored under an
	 * older id that no unique key guards.
	 */
	public static boolean insertFindsStored(DocumentIdentity identity) {
		return identity.externalKey() != null;
	}

	/**
	 * The stored document with this identity as far as it can be found before an insert:
	 * a document with an external ID by its id alone, since one stored under an older id
	 * makes the insert collide on the unique (partner, external ID) and is then found by
	 * {@link #insertUnlessStored}; a document without one also under the older ids, which
	 * no unique key guards.
	 */
	public Optional<RawDocument> findBeforeInsert(DocumentIdentity identity) {
		if (identity.externalKey() == null) {
			return find(identity, null);
		}
		return Optional.ofNullable(findOne(Criteria.where(ID).is(this.ids.idOf(identity)), null));
	}

	/**
	 * The ids, derived from these identities, of the documents that
	 * {@link #findBeforeInsert} would find: one query for all ids, and the older ids of
	 * documents without an external ID one by one.
	 */
	public Set<String> storedBeforeInsert(List<DocumentIdentity> identities) {
		Map<String, DocumentIdentity> byId = new LinkedHashMap<>();
		for (DocumentIdentity identity : identities) {
			byId.put(this.ids.idOf(identity), identity);
		}
		Set<String> stored = new HashSet<>();
		if (byId.isEmpty()) {
			return stored;
		}
		Query query = new Query(Criteria.where(ID).in(byId.keySet()));
		query.fields().include(ID);
		for (Document found : this.mongo.find(query, Document.class, DocumentFields.COLLECTION)) {
			stored.add(String.valueOf(found.get(ID)));
		}
		for (Map.Entry<String, DocumentIdentity> entry : byId.entrySet()) {
			if (!stored.contains(entry.getKey()) && entry.getValue().externalKey() == null
					&& find(entry.getValue(), null).isPresent()) {
				stored.add(entry.getKey());
			}
		}
		return stored;
	}

	private Optional<RawDocument> find(DocumentIdentity identity, @Nullable ReadConcern concern) {
		RawDocument byId = findOne(Criteria.where(ID).is(this.ids.idOf(identity)), concern);
		if (byId != null) {
			return Optional.of(byId);
		}
		if (identity.externalKey() != null) {
			return Optional
				.ofNullable(findOne(Criteria.where(DocumentFields.EXTERNAL_KEY).is(identity.externalKey()), concern));
		}
		RawDocument byDerivableId = findOne(Criteria.where(ID).is(identity.derivableId()), concern);
		if (byDerivableId != null) {
			return Optional.of(byDerivableId);
		}
		return Optional.ofNullable(
				findOne(Criteria.where(ID).is(identity.legacyId()).and(DocumentFields.PARTNER).is(identity.partner()),
						concern));
	}

	private @Nullable RawDocument findOne(Criteria criteria, @Nullable ReadConcern concern) {
		Query query = new Query(criteria);
		if (concern != null) {
			query.withReadConcern(concern);
		}
		return this.mongo.findOne(query, RawDocument.class);
	}

	public Optional<RawDocument> findById(String id) {
		return Optional.ofNullable(this.mongo.findById(id, RawDocument.class));
	}

	/**
	 * Inserts the new document, or returns the one already stored with its identity, read
	 * with read concern {@code majority} so that a write a failover rolls back is never
	 * answered as the duplicate.
	 */
	public Optional<RawDocument> insertUnlessStored(RawDocument pending) {
		try {
			this.mongo.insert(pending);
			return Optional.empty();
		}
		catch (DuplicateKeyException ex) {
			return Optional
				.of(find(pending.identity(), ReadConcern.MAJORITY).orElseThrow(() -> new IllegalStateException(
						"Document " + pending.id() + " collided with a document that cannot be found")));
		}
	}

	/**
	 * Inserts the new documents in one unordered write.
	 * @return the ids of those inserted; the others collided with a stored document of
	 * their identity
	 */
	public Set<String> insertAllUnlessStored(List<RawDocument> pending) {
		Set<String> inserted = new LinkedHashSet<>();
		if (pending.isEmpty()) {
			return inserted;
		}
		BulkOperations bulk = this.mongo.bulkOps(BulkMode.UNORDERED, RawDocument.class);
		bulk.insert(pending);
		Set<Integer> collided = new HashSet<>();
		try {
			bulk.execute();
		}
		catch (BulkOperationException ex) {
			for (BulkWriteError error : ex.getErrors()) {
				if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
					throw ex;
				}
				collided.add(error.getIndex());
			}
		}
		for (int index = 0; index < pending.size(); index++) {
			if (!collided.contains(index)) {
				inserted.add(pending.get(index).id());
			}
		}
		return inserted;
	}

	/**
	 * Replaces the text of the stored version with the correction's, keeping the old text
	 * as a revision outside the document ({@link DocumentRevisionStore}); null when
	 * another change moved the document on first.
	 */
	public @Nullable RawDocument beginCorrection(RawDocument stored, ValidatedDocument correction, Instant receivedAt) {
		Update update = new Update().set(DocumentFields.TEXT, correction.text())
			.set(DocumentFields.CONTENT_HASH, ContentHash.of(correction.text()))
			.set(DocumentFields.SOURCE_NAME, correction.sourceName())
			.set(DocumentFields.SOURCE_URL, correction.sourceUrl())
			.set(DocumentFields.PUBLISHED_AT, correction.publishedAt())
			.set(DocumentFields.LANGUAGE, correction.language())
			.set(DocumentFields.REVISED_AT, receivedAt)
			.set(DocumentFields.RETRACTED, false);
		this.revisions.keep(stored.id(), stored.currentRevision());
		return nextVersion(stored, update);
	}

	/**
	 * Marks the stored version retracted, pending until its briefings are; null when
	 * another change moved the document on first.
	 */
	public @Nullable RawDocument beginRetraction(RawDocument stored) {
		return nextVersion(stored, new Update().set(DocumentFields.RETRACTED, true));
	}

	private @Nullable RawDocument nextVersion(RawDocument stored, Update update) {
		update.set(VERSION, stored.version() + 1).set(DocumentFields.STATUS, DocumentStatus.PENDING);
		return this.mongo.findAndModify(atVersion(stored.id(), stored.version()), update,
				FindAndModifyOptions.options().returnNew(true), RawDocument.class);
	}

	/**
	 * Marks the document's version finished with these briefings, unless a later version
	 * replaced it.
	 * @return whether {@code document}'s version is still the current one
	 */
	public boolean finish(RawDocument document, List<String> briefingIds, List<RemovedLine> removedLines) {
		Query current = atVersion(document.id(), document.version());
		return this.mongo.updateFirst(current, finishing(document, briefingIds, removedLines), RawDocument.class)
			.getMatchedCount() > 0;
	}

	private static Update finishing(RawDocument document, List<String> briefingIds, List<RemovedLine> removedLines) {
		DocumentStatus finished = document.retracted() ? DocumentStatus.RETRACTED : DocumentStatus.DONE;
		return new Update().set(DocumentFields.STATUS, finished)
			.set(DocumentFields.BRIEFING_IDS, briefingIds)
			.set(DocumentFields.REMOVED_LINES, removedLines);
	}

	/**
	 * A document version to mark finished, with its briefings and the lines extraction
	 * left out.
	 */
	public record Finished(RawDocument document, List<String> briefingIds, List<RemovedLine> removedLines) {

	}

	/**
	 * Marks each document's version finished with its briefings in one unordered write,
	 * as {@link #finish} does for one.
	 * @return whether every document's version was still the current one; when not, the
	 * caller finishes them one by one to learn which (finishing again changes nothing)
	 */
	public boolean finishAll(List<Finished> finished) {
		if (finished.isEmpty()) {
			return true;
		}
		BulkOperations bulk = this.mongo.bulkOps(BulkMode.UNORDERED, RawDocument.class);
		for (Finished one : finished) {
			RawDocument document = one.document();
			bulk.updateOne(atVersion(document.id(), document.version()),
					finishing(document, one.briefingIds(), one.removedLines()));
		}
		return bulk.execute().getMatchedCount() == finished.size();
	}

	public int currentVersion(String id) {
		return findById(id).map(RawDocument::version).orElse(RawDocument.FIRST_VERSION);
	}

	private static Query atVersion(String id, int version) {
		Criteria stored = (version == RawDocument.FIRST_VERSION)
				? new Criteria().orOperator(Criteria.where(VERSION).is(version), Criteria.where(VERSION).exists(false))
				: Criteria.where(VERSION).is(version);
		return new Query(new Criteria().andOperator(Criteria.where(ID).is(id), stored));
	}

}
