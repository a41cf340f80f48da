package app.briefings.ingestion.document;

import app.briefings.mongo.StartupIndexes;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.stereotype.Component;

/**
 * Creates the keys that make ingestion idempotent, before the server takes requests: the
 * document id, derived from the document's identity, and the unique (partner, external
 * id); and the indexes of the listings (newest first, per partner and for admins) and of
 * the earlier texts of documents.
 */
@Component
class DocumentIndexes implements SmartInitializingSingleton {

	private static final String LEGACY_CONTENT_HASH_KEY = "contentHash";

	private final MongoOperations mongo;

	DocumentIndexes(MongoOperations mongo) {
		this.mongo = mongo;
	}

	@Override
	public void afterSingletonsInstantiated() {
		IndexOperations documents = this.mongo.indexOps(RawDocument.class);
		StartupIndexes indexes = StartupIndexes.of(documents, DocumentFields.COLLECTION);
		dropGlobalContentHashKey(documents, indexes);
		indexes
			.create(new Index(DocumentFields.EXTERNAL_KEY, Sort.Direction.ASC).unique().sparse().named("externalKey"));
		indexes.create(new Index(DocumentFields.STATUS, Sort.Direction.ASC).named("status"));
		indexes.create(new Index().on(DocumentFields.PARTNER, Sort.Direction.ASC)
			.on(DocumentFields.RECEIVED_AT, Sort.Direction.DESC)
			.on(DocumentFields.ID, Sort.Direction.DESC)
			.named("partner_receivedAt"));
		indexes.create(new Index().on(DocumentFields.RECEIVED_AT, Sort.Direction.DESC)
			.on(DocumentFields.ID, Sort.Direction.DESC)
			.named("receivedAt"));
		StartupIndexes
			.of(this.mongo.indexOps(DocumentRevisionStore.StoredRevision.class), DocumentRevisionStore.COLLECTION)
			.create(DocumentRevisionStore.documentAndVersionKey());
	}

	/**
	 * Drops the unique key on the content hash that databases from before per-partner
	 * identities carry: it would refuse the same text from a second partner, and a
	 * correction to a text another document has.
	 */
	private static void dropGlobalContentHashKey(IndexOperations documents, StartupIndexes indexes) {
		for (IndexInfo index : documents.getIndexInfo()) {
			if (index.getName().equals(LEGACY_CONTENT_HASH_KEY)) {
				indexes.drop(LEGACY_CONTENT_HASH_KEY);
				return;
			}
		}
	}

}
