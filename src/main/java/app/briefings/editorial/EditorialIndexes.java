package app.briefings.editorial;

import app.briefings.mongo.StartupIndexes;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * Creates the index of the editors' candidate list at start-up: candidates of one status
 * in id order, which the list pages and counts through.
 */
@Component
class EditorialIndexes implements SmartInitializingSingleton {

	private final MongoOperations mongo;

	EditorialIndexes(MongoOperations mongo) {
		this.mongo = mongo;
	}

	@Override
	public void afterSingletonsInstantiated() {
		StartupIndexes.of(this.mongo.indexOps(EntityCandidate.class), "candidates")
			.create(new Index().on("status", Sort.Direction.ASC).on("_id", Sort.Direction.ASC).named("status_id"));
	}

}
