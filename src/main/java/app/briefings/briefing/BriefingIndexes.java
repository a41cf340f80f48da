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
		StartupIndexes indexes = StartupIndexes.of(this.mongo.indexOps(Briefing.class), BriefingFields.COLLECTION);
		indexes.create(new CompoundIndexDefinition(
				new Document(BriefingFields.STATUS, 1).append(BriefingFields.PUBLISHED_AT, -1)
					.append(BriefingFields.ID, -1))
			.named("feed"));
		for (String field : new String[] { BriefingFields.OFFICIAL_IDS, BriefingFields.ORGANIZATION_IDS,
				BriefingFields.OPERATION_IDS, BriefingFields.PLACE_IDS, BriefingFields.EVENT_IDS }) {
			indexes.create(new CompoundIndexDefinition(
					new Document(field, 1).append(BriefingFields.PUBLISHED_AT, -1).append(BriefingFields.ID, -1))
				.named(field + "_feed"));
		}
		indexes.create(new CompoundIndexDefinition(
				new Document(BriefingFields.QUOTE_SPEAKER_ID, 1).append(BriefingFields.PUBLISHED_AT, -1)
					.append(BriefingFields.ID, -1))
			.named("quoteSpeakers_feed"));
		indexes.create(new Index(BriefingFields.DOCUMENT_ID, Sort.Direction.ASC).named(BriefingFields.DOCUMENT_ID));
	}

}
