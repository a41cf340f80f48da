package app.briefings.editorial;

import app.briefings.official.Official;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/**
 * Reads one entity of any kind by its stored id from its own collection, for the
 * editorial fields that name entities of several kinds (a candidate's possible entities,
 * a speaker fix's official), so that the controller does not query MongoDB itself.
 */
@Component
class KnowledgeBaseEntities {

	private final MongoOperations mongo;

	KnowledgeBaseEntities(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/** The stored entity of this kind with this id, or null. */
	@Nullable Object find(EntityKind kind, String id) {
		return this.mongo.findById(id, kind.recordType(), kind.collection());
	}

	/** The stored official with this id, or null. */
	@Nullable Official official(String id) {
		return this.mongo.findById(id, Official.class, EntityKind.OFFICIAL.collection());
	}

}
