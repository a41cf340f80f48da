package app.briefings.knowledgebase;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import app.briefings.entity.ReviewStatus;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/**
 * Writes the curated knowledge base shipped in the application
 * ({@code knowledge-base/*.json}) into its collections, replacing each curated entity by
 * id. Runs at every start, so a release that corrects the curated data corrects the
 * database.
 */
@Component
class CuratedDataImporter implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(CuratedDataImporter.class);

	private static final Set<String> DATE_FIELDS = Set.of("from", "to", "date");

	private final MongoOperations mongo;

	private final ApplicationEventPublisher events;

	CuratedDataImporter(MongoOperations mongo, ApplicationEventPublisher events) {
		this.mongo = mongo;
		this.events = events;
	}

	@Override
	public void afterSingletonsInstantiated() {
		int count = 0;
		for (KnowledgeBaseCollection collection : KnowledgeBaseCollection.values()) {
			List<Document> entities = read(collection.curatedDataPath());
			replaceAll(collection.collectionName(), entities);
			count += entities.size();
		}
		logger.info("Imported {} curated knowledge-base entities", count);
		this.events.publishEvent(new CuratedKnowledgeBaseImported(count));
	}

	private static List<Document> read(String path) {
		ClassPathResource resource = new ClassPathResource(path);
		if (!resource.exists()) {
			return List.of();
		}
		try (InputStream input = resource.getInputStream()) {
			String json = new String(input.readAllBytes(), StandardCharsets.UTF_8);
			List<Document> entities = new ArrayList<>();
			for (Document entity : Document.parse("{\"entities\":" + json + "}").getList("entities", Document.class)) {
				entities.add(toStored(entity));
			}
			return entities;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read curated data " + path, ex);
		}
	}

	private static Document toStored(Document curated) {
		Document stored = new Document("_id", curated.get("id"));
		curated.forEach((key, value) -> {
			if (!key.equals("id")) {
				stored.put(key, withDates(key, value));
			}
		});
		stored.put("reviewStatus", ReviewStatus.CURATED.name());
		return stored;
	}

	private static Object withDates(String key, Object value) {
		if (value instanceof String text && DATE_FIELDS.contains(key)) {
			return LocalDate.parse(text);
		}
		if (value instanceof Document document) {
			Document converted = new Document();
			document.forEach((innerKey, innerValue) -> converted.put(innerKey, withDates(innerKey, innerValue)));
			return converted;
		}
		if (value instanceof List<?> list) {
			List<Object> converted = new ArrayList<>(list.size());
			for (Object element : list) {
				converted.add(withDates(key, element));
			}
			return converted;
		}
		return value;
	}

	private void replaceAll(String collectionName, List<Document> entities) {
		if (entities.isEmpty()) {
			return;
		}
		List<WriteModel<Document>> writes = new ArrayList<>(entities.size());
		ReplaceOptions upsert = new ReplaceOptions().upsert(true);
		for (Document entity : entities) {
			writes.add(new ReplaceOneModel<>(new Document("_id", entity.get("_id")), entity, upsert));
		}
		this.mongo.getCollection(collectionName).bulkWrite(writes);
	}

}
