package app.briefings.editorial;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import app.briefings.editorial.EntityKind.EntityId;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * What a merge changed, stored in {@code mergeRecords} so that it can be undone: the
 * merged entity as it was, what the survivor gained, the redirects it carried along, the
 * briefings it rewrote as they were, and the speaker fixes and removed mentions it
 * repointed.
 */
@Component
class MergeRecords {

	private static final String COLLECTION = "mergeRecords";

	private final MongoOperations mongo;

	private final Clock clock;

	MergeRecords(MongoOperations mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	static String idFor(EntityId merged) {
		return merged.kind().name() + ":" + merged.id();
	}

	/**
	 * The survivor's gains: the merged entity's names, positions, editions and
	 * description.
	 */
	static Document gains(Document survivorBefore, Document merged) {
		Set<String> aliases = new LinkedHashSet<>();
		aliases.add(merged.getString("name"));
		aliases.addAll(merged.getList("aliases", String.class, List.of()));
		aliases.remove(survivorBefore.getString("name"));
		aliases.removeAll(survivorBefore.getList("aliases", String.class, List.of()));
		Document gains = new Document("aliases", new ArrayList<>(aliases));
		for (String carried : List.of("positions", "editions")) {
			List<Document> gained = new ArrayList<>(merged.getList(carried, Document.class, List.of()));
			gained.removeAll(survivorBefore.getList(carried, Document.class, List.of()));
			gains.append(carried, gained);
		}
		if (survivorBefore.getString("description") == null && merged.getString("description") != null) {
			gains.append("description", merged.getString("description"));
		}
		return gains;
	}

	void save(EntityId merged, String survivorId, Document mergedEntity, Document gains, List<String> carriedRedirects,
			List<Document> briefingsBefore, List<String> speakerFixIds, List<String> unlinkIds) {
		this.mongo.save(new Document("_id", idFor(merged)).append("survivorId", survivorId)
			.append("mergedEntity", mergedEntity)
			.append("gains", gains)
			.append("carriedRedirects", carriedRedirects)
			.append("briefings", briefingsBefore)
			.append("speakerFixIds", speakerFixIds)
			.append("unlinkIds", unlinkIds)
			.append("mergedAt", this.clock.instant()), COLLECTION);
	}

	@Nullable Document find(EntityId merged) {
		return this.mongo.findById(idFor(merged), Document.class, COLLECTION);
	}

	void remove(EntityId merged) {
		this.mongo.remove(new Query(Criteria.where("_id").is(idFor(merged))), COLLECTION);
	}

}
