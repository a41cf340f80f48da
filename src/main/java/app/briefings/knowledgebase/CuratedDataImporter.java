package app.briefings.knowledgebase;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import app.briefings.entity.EntityFields;
import app.briefings.entity.EntityRedirects;
import app.briefings.entity.ReviewStatus;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
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
 * ({@code knowledge-base/*.json}) into its collections, updating each curated entity by
 * id. Runs at every start whose curated files differ from those last imported into this
 * database (their {@link CuratedDataFingerprint} is stored with the import), so a release
 * that corrects the curated data corrects the database, while a restart of the same
 * release writes nothing. Editors' work survives an import: aliases are added to the
 * stored ones, the review status is set only for a new entity, and an entity merged into
 * another is not brought back.
 */
@Component
class CuratedDataImporter implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(CuratedDataImporter.class);

	private static final Set<String> DATE_FIELDS = Set.of("from", "to", "date");

	static final String IMPORTS_COLLECTION = "curatedImports";

	static final String IMPORT_ID = "knowledge-base";

	/** The key of an entity's ID in the curated data files, stored as {@code _id}. */
	private static final String CURATED_ID = "id";

	private final MongoOperations mongo;

	private final ApplicationEventPublisher events;

	private final EntityRedirects redirects;

	private final Clock clock;

	CuratedDataImporter(MongoOperations mongo, ApplicationEventPublisher events, EntityRedirects redirects,
			Clock clock) {
		this.mongo = mongo;
		this.events = events;
		this.redirects = redirects;
		this.clock = clock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		String fingerprint = CuratedDataFingerprint.ofShippedFiles();
		CuratedImport lastImport = this.mongo.findById(IMPORT_ID, CuratedImport.class, IMPORTS_COLLECTION);
		if (lastImport != null && fingerprint.equals(lastImport.fingerprint())) {
			int count = lastImport.entities();
			logger.info("Curated knowledge base unchanged since its import of {}: {} entities, nothing written",
					lastImport.importedAt(), count);
			this.events.publishEvent(new CuratedKnowledgeBaseImported(count));
			return;
		}
		int count = importAll();
		recordImport(fingerprint, count);
		this.events.publishEvent(new CuratedKnowledgeBaseImported(count));
	}

	/** Writes every curated entity, whatever was imported before; returns how many. */
	int importAll() {
		int count = 0;
		for (KnowledgeBaseCollection collection : KnowledgeBaseCollection.values()) {
			List<Document> entities = read(collection.curatedDataPath());
			updateAll(collection.collectionName(), entities);
			count += entities.size();
		}
		logger.info("Imported {} curated knowledge-base entities", count);
		return count;
	}

	private void recordImport(String fingerprint, int count) {
		this.mongo.save(new CuratedImport(IMPORT_ID, fingerprint, count, this.clock.instant()), IMPORTS_COLLECTION);
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
		Document stored = new Document(EntityFields.ID, curated.get(CURATED_ID));
		curated.forEach((key, value) -> {
			if (!key.equals(CURATED_ID)) {
				stored.put(key, withDates(key, value));
			}
		});
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

	private void updateAll(String collectionName, List<Document> entities) {
		Set<String> merged = this.redirects.mergedIds(collectionName);
		List<WriteModel<Document>> writes = new ArrayList<>(entities.size());
		UpdateOptions upsert = new UpdateOptions().upsert(true);
		for (Document entity : entities) {
			if (!merged.contains(entity.getString(EntityFields.ID))) {
				writes.add(new UpdateOneModel<>(new Document(EntityFields.ID, entity.get(EntityFields.ID)),
						curatedUpdate(entity), upsert));
			}
		}
		if (!writes.isEmpty()) {
			this.mongo.getCollection(collectionName).bulkWrite(writes);
		}
	}

	/**
	 * Sets the curated fields, adds the curated aliases to those editors added, and sets
	 * the review status only when the entity is new.
	 */
	static Document curatedUpdate(Document entity) {
		Document set = new Document();
		entity.forEach((key, value) -> {
			if (!key.equals(EntityFields.ID) && !key.equals(EntityFields.ALIASES)) {
				set.put(key, value);
			}
		});
		List<?> aliases = entity.getList(EntityFields.ALIASES, Object.class, List.of());
		return new Document("$set", set)
			.append("$addToSet", new Document(EntityFields.ALIASES, new Document("$each", aliases)))
			.append("$setOnInsert", new Document(EntityFields.REVIEW_STATUS, ReviewStatus.CURATED.name()));
	}

}
