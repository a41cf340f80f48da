package app.briefings.ingestion.linking;

import app.briefings.ingestion.extraction.EntityType;
import app.briefings.knowledgebase.KnowledgeBaseCollection;

/** Where the entities of each extracted type are stored. */
final class EntityCollections {

	private EntityCollections() {
	}

	static KnowledgeBaseCollection of(EntityType type) {
		return switch (type) {
			case OFFICIAL -> KnowledgeBaseCollection.OFFICIALS;
			case ORGANIZATION -> KnowledgeBaseCollection.ORGANIZATIONS;
			case OPERATION -> KnowledgeBaseCollection.OPERATIONS;
			case PLACE -> KnowledgeBaseCollection.PLACES;
			case EVENT -> KnowledgeBaseCollection.EVENTS;
		};
	}

}
