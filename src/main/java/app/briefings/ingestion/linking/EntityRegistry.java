package app.briefings.ingestion.linking;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import app.briefings.entity.EntityFields;
import app.briefings.entity.ReviewStatus;
import app.briefings.ingestion.extraction.EntityRef;
import app.briefings.ingestion.extraction.EntityType;
import app.briefings.ingestion.extraction.KnownEntity;
import app.briefings.operation.OperationKind;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Gives every entity reference an id: known entities keep theirs; a name that matched
 * nothing known becomes an unreviewed entity whose id derives from its type and name,
 * created by an upsert so that concurrent ingestions of the same name create it once.
 */
@Component
public class EntityRegistry {

	private final MongoOperations mongo;

	private final LinkingExtractor extractor;

	EntityRegistry(MongoOperations mongo, LinkingExtractor extractor) {
		this.mongo = mongo;
		this.extractor = extractor;
	}

	/**
	 * The stored id of each reference, creating unreviewed entities for new ones.
	 * @param roles for new officials, the title written with them, which becomes their
	 * first position
	 */
	public Map<EntityRef, String> idsFor(List<EntityRef> references, Map<EntityRef, String> roles) {
		Map<EntityRef, String> ids = new HashMap<>();
		List<KnownEntity> created = new ArrayList<>();
		for (EntityRef reference : references) {
			if (reference.knownId() != null) {
				ids.put(reference, reference.knownId());
				continue;
			}
			String id = newEntityId(reference);
			if (createIfAbsent(id, reference, roles.get(reference))) {
				String role = roles.get(reference);
				created.add(new KnownEntity(id, reference.type(), reference.name(), reference.aliases(),
						kindOf(reference), role != null ? List.of(role) : List.of()));
			}
			ids.put(reference, id);
		}
		this.extractor.add(created);
		return ids;
	}

	static String newEntityId(EntityRef reference) {
		String ascii = Normalizer.normalize(reference.name(), Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		if (slug.isEmpty()) {
			slug = Integer.toHexString(reference.name().hashCode());
		}
		return slug;
	}

	private boolean createIfAbsent(String id, EntityRef reference, @Nullable String role) {
		Update update = new Update().setOnInsert(EntityFields.NAME, reference.name())
			.setOnInsert(EntityFields.REVIEW_STATUS, ReviewStatus.UNREVIEWED.name());
		update.addToSet(EntityFields.ALIASES).each(reference.aliases().toArray());
		addTypeFields(update, reference, role);
		String collection = EntityCollections.of(reference.type()).collectionName();
		return this.mongo.upsert(new Query(Criteria.where(EntityFields.ID).is(id)), update, collection)
			.getUpsertedId() != null;
	}

	/** The stored kind of a new entity, as the extractor reads it back from MongoDB. */
	private static @Nullable String kindOf(EntityRef reference) {
		return (reference.type() == EntityType.OPERATION) ? operationKind(reference.kind()).name() : null;
	}

	private static void addTypeFields(Update update, EntityRef reference, @Nullable String role) {
		if (reference.type() == EntityType.OPERATION) {
			update.setOnInsert(EntityFields.KIND, operationKind(reference.kind()).name());
		}
		if (reference.type() == EntityType.OFFICIAL) {
			List<Document> positions = (role != null) ? List.of(new Document(EntityFields.TITLE, role)) : List.of();
			update.setOnInsert(EntityFields.POSITIONS, positions);
		}
	}

	private static OperationKind operationKind(@Nullable String kind) {
		if (kind == null) {
			return OperationKind.REGIONAL_OPERATION;
		}
		try {
			return OperationKind.valueOf(kind);
		}
		catch (IllegalArgumentException ex) {
			return OperationKind.REGIONAL_OPERATION;
		}
	}

}
