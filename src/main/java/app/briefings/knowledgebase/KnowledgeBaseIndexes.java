package app.briefings.knowledgebase;

import app.briefings.entity.EntityFields;
import app.briefings.mongo.StartupIndexes;
import org.bson.Document;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.CompoundIndexDefinition;
import org.springframework.stereotype.Component;

/** Creates the indexes of the entity collections at start-up: name order for paging. */
@Component
class KnowledgeBaseIndexes implements SmartInitializingSingleton {

	private final MongoOperations mongo;

	KnowledgeBaseIndexes(MongoOperations mongo) {
		this.mongo = mongo;
	}

	@Override
	public void afterSingletonsInstantiated() {
		for (KnowledgeBaseCollection collection : KnowledgeBaseCollection.values()) {
			StartupIndexes.of(this.mongo.indexOps(collection.collectionName()), collection.collectionName())
				.create(new CompoundIndexDefinition(new Document(EntityFields.NAME, 1).append(EntityFields.ID, 1))
					.named(EntityFields.NAME));
		}
	}

}
