package app.briefings.briefing;

import app.briefings.mongo.StartupIndexes;
import org.bson.Document;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.CompoundIndexDefinition;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/** Creates the briefing indexes at start-up, before the server takes requests. */
@Component
class BriefingIndexes implements SmartInitializingSingleton {

	private final MongoOperations mongo;

	BriefingIndexes(MongoOperations mongo) {
		this.mongo = mongo;
	}

	@Override
	public void afterSingletonsInstantiated() {
		StartupIndexes indexes = StartupIndexes.of(this.mongo.indexOps(Briefing.class), "briefings");
		indexes
			.create(new CompoundIndexDefinition(new Document("status", 1).append("publishedAt", -1).append("_id", -1))
				.named("feed"));
		for (String field : new String[] { "officialIds", "organizationIds", "operationIds", "placeIds", "eventIds" }) {
			indexes
				.create(new CompoundIndexDefinition(new Document(field, 1).append("publishedAt", -1).append("_id", -1))
					.named(field + "_feed"));
		}
		indexes.create(new CompoundIndexDefinition(
				new Document("quotes.speakerId", 1).append("publishedAt", -1).append("_id", -1))
			.named("quoteSpeakers_feed"));
		indexes.create(new Index("documentId", Sort.Direction.ASC).named("documentId"));
	}

}
