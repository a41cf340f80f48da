package app.briefings.ingestion;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.stereotype.Component;

/**
 * Creates the unique keys that make ingestion idempotent, before the server takes
 * requests.
 */
@Component
class DocumentIndexes implements SmartInitializingSingleton {

	private final MongoOperations mongo;

	DocumentIndexes(MongoOperations mongo) {
		this.mongo = mongo;
	}

	@Override
	public void afterSingletonsInstantiated() {
		IndexOperations indexes = this.mongo.indexOps(RawDocument.class);
		indexes.createIndex(new Index("contentHash", Sort.Direction.ASC).unique().named("contentHash"));
		indexes.createIndex(new Index("externalKey", Sort.Direction.ASC).unique().sparse().named("externalKey"));
		indexes.createIndex(new Index("status", Sort.Direction.ASC).named("status"));
		indexes.createIndex(new Index().on("partner", Sort.Direction.ASC)
			.on("receivedAt", Sort.Direction.DESC)
			.on("_id", Sort.Direction.DESC)
			.named("partner_receivedAt"));
	}

}
