package app.briefings.knowledgebase;

import app.briefings.ingestion.extraction.EntityType;

/** The MongoDB collection and curated data file of each entity type. */
enum KnowledgeBaseCollection {

	OFFICIALS(EntityType.OFFICIAL, "officials"), ORGANIZATIONS(EntityType.ORGANIZATION, "organizations"),
	OPERATIONS(EntityType.OPERATION, "operations"), PLACES(EntityType.PLACE, "places"),
	EVENTS(EntityType.EVENT, "events");

	private final EntityType type;

	private final String collectionName;

	KnowledgeBaseCollection(EntityType type, String collectionName) {
		this.type = type;
		this.collectionName = collectionName;
	}

	EntityType type() {
		return this.type;
	}

	String collectionName() {
		return this.collectionName;
	}

	String curatedDataPath() {
		return "knowledge-base/" + this.collectionName + ".json";
	}

	static KnowledgeBaseCollection of(EntityType type) {
		for (KnowledgeBaseCollection collection : values()) {
			if (collection.type == type) {
				return collection;
			}
		}
		throw new IllegalArgumentException("No collection for " + type);
	}

}
