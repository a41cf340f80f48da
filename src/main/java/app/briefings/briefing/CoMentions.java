package app.briefings.briefing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/**
 * Which entities published briefings link to alongside given ones, most frequent first:
 * one aggregation for all sources of a page. The pipeline groups on two scalar ids after
 * unwinding both arrays, which the embedded server handles correctly (it does not group
 * on arrays).
 */
@Component
class CoMentions {

	/** The longest list returned per source. */
	static final int MAX_RELATED = 100;

	private final MongoOperations mongo;

	CoMentions(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/**
	 * For each source id, the ids at {@code targetField} in the briefings whose
	 * {@code sourceField} holds it, by how many times they occur together, then by id.
	 * @param targetArray the array to unwind to reach {@code targetField}
	 */
	Map<String, List<String>> rank(String sourceField, Collection<String> sourceIds, String targetArray,
			String targetField) {
		Document sourceIn = new Document(sourceField, new Document("$in", List.copyOf(sourceIds)));
		List<Document> pipeline = List.of(
				new Document("$match",
						new Document(sourceIn).append(BriefingFields.STATUS, BriefingStatus.PUBLISHED.name())),
				new Document("$unwind", "$" + sourceField), new Document("$match", sourceIn),
				new Document("$unwind", "$" + targetArray),
				new Document("$match", new Document(targetField, new Document("$ne", null))),
				new Document("$group",
						new Document("_id",
								new Document("source", "$" + sourceField).append("target", "$" + targetField))
							.append("n", new Document("$sum", 1))),
				new Document("$sort", new Document("n", -1).append("_id.target", 1)));
		Map<String, List<String>> ranked = new HashMap<>();
		for (Document group : this.mongo.getCollection(BriefingFields.COLLECTION).aggregate(pipeline)) {
			Document pair = group.get("_id", Document.class);
			List<String> targets = ranked.computeIfAbsent(pair.getString("source"), (source) -> new ArrayList<>());
			if (targets.size() < MAX_RELATED) {
				targets.add(pair.getString("target"));
			}
		}
		return ranked;
	}

}
