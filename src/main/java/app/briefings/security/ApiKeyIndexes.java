package app.briefings.security;

import app.briefings.mongo.StartupIndexes;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * Creates the unique index on the secret hash that every authentication looks up, before
 * the server takes requests.
 */
@Component
class ApiKeyIndexes implements SmartInitializingSingleton {

	private final MongoOperations mongo;

	ApiKeyIndexes(MongoOperations mongo) {
		this.mongo = mongo;
	}

	@Override
	public void afterSingletonsInstantiated() {
		StartupIndexes indexes = StartupIndexes.of(this.mongo.indexOps(ApiKey.class), ApiKeyFields.COLLECTION);
		indexes.create(new Index(ApiKeyFields.SECRET_HASH, Sort.Direction.ASC).unique().named("secretHash"));
		indexes.create(new Index().on(ApiKeyFields.CREATED_AT, Sort.Direction.ASC)
			.on(ApiKeyFields.ID, Sort.Direction.ASC)
			.named("createdAt_id"));
	}

}
