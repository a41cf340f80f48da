package app.briefings.knowledgebase;

import java.util.ArrayList;
import java.util.List;

import app.briefings.ingestion.extraction.DocumentExtractor;
import app.briefings.ingestion.extraction.ExtractedDocument;
import app.briefings.ingestion.extraction.ExtractionInput;
import app.briefings.ingestion.extraction.KnownEntity;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoOperations;

/**
 * The document extractor over the knowledge base as stored now. It is rebuilt from the entity
 * collections at start-up and whenever extraction adds entities, so later documents link to them.
 */
public class LinkingExtractor {

	private static final Document NAME_FIELDS = new Document("name", 1).append("aliases", 1).append("kind", 1);

	private final MongoOperations mongo;

	private volatile DocumentExtractor extractor;

	LinkingExtractor(MongoOperations mongo) {
		this.mongo = mongo;
		this.extractor = new DocumentExtractor(List.of());
	}

	public ExtractedDocument extract(ExtractionInput input) {
		return this.extractor.extract(input);
	}

	/** Rebuilds the extractor from the entity collections. */
	public void refresh() {
		this.extractor = new DocumentExtractor(loadKnownEntities());
	}

	private List<KnownEntity> loadKnownEntities() {
		List<KnownEntity> entities = new ArrayList<>();
		for (KnowledgeBaseCollection collection : KnowledgeBaseCollection.values()) {
			for (Document stored : this.mongo.getCollection(collection.collectionName()).find().projection(NAME_FIELDS)) {
				entities.add(new KnownEntity(stored.getString("_id"), collection.type(), stored.getString("name"),
						stored.getList("aliases", String.class, List.of()), stored.getString("kind")));
			}
		}
		return entities;
	}

}
