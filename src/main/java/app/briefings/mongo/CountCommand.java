package app.briefings.mongo;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * A {@code countDocuments} as the driver sends it: an aggregation of one collection whose
 * pipeline is a {@code $match}, an optional {@code $skip} and {@code $limit}, then
 * {@code {$group: {_id: 1, n: {$sum: 1}}}}. mongo-java-server 1.47 runs it as any
 * pipeline; the embedded backends answer it through the collection's own count instead,
 * which counts from index keys where they cover the filter and otherwise reads documents
 * one at a time, and reply as the pipeline would: one group holding {@code n}, or none
 * for a count of zero. Filters with expressions and commands with a collation are left to
 * the pipeline.
 *
 * @param collection the collection counted
 * @param filter the {@code $match} filter
 * @param skip documents skipped before counting
 * @param limit the most documents counted, or 0 for no limit
 */
record CountCommand(String collection, Document filter, int skip, int limit) {

	/** The count this command asks for, or null when it is not a plain count. */
	static @Nullable CountCommand of(String command, Document query) {
		if (!command.toLowerCase(Locale.ROOT).equals("aggregate") || !(query.get(command) instanceof String collection)
				|| query.containsKey("collation")) {
			return null;
		}
		if (!(query.get("pipeline") instanceof List<?> stages) || stages.size() < 2 || stages.size() > 4
				|| !isCountGroup(stages.get(stages.size() - 1))) {
			return null;
		}
		if (!(stages.get(0) instanceof Document first) || first.size() != 1
				|| !(first.get("$match") instanceof Document filter) || LeadingMatch.mentionsExpressions(filter)) {
			return null;
		}
		int skip = 0;
		int limit = 0;
		for (Object stage : stages.subList(1, stages.size() - 1)) {
			Integer skipped = stageNumber(stage, "$skip");
			Integer limited = stageNumber(stage, "$limit");
			if (skipped != null && limit == 0 && skip == 0) {
				skip = skipped;
			}
			else if (limited != null && limit == 0) {
				limit = limited;
			}
			else {
				return null;
			}
		}
		return new CountCommand(collection, filter, skip, limit);
	}

	private static @Nullable Integer stageNumber(Object stage, String name) {
		if (stage instanceof Document document && document.size() == 1 && document.get(name) instanceof Number number
				&& number.longValue() > 0 && number.longValue() <= Integer.MAX_VALUE) {
			return number.intValue();
		}
		return null;
	}

	private static boolean isCountGroup(Object stage) {
		if (!(stage instanceof Document document) || document.size() != 1
				|| !(document.get("$group") instanceof Document group) || group.size() != 2) {
			return false;
		}
		return isOne(group.get("_id")) && group.get("n") instanceof Document sum && sum.size() == 1
				&& isOne(sum.get("$sum"));
	}

	private static boolean isOne(@Nullable Object value) {
		return (value instanceof Integer || value instanceof Long) && ((Number) value).longValue() == 1;
	}

	/**
	 * The reply to a command when it is a count pipeline over a collection that exists,
	 * counted by the collection; null for any other command, which the backend serves as
	 * usual.
	 * @param command the command's name
	 * @param query the command
	 * @param collections the database's collections by name, null for one that does not
	 * exist
	 */
	static @Nullable Document answer(String command, Document query,
			Function<String, @Nullable MongoCollection<?>> collections) {
		CountCommand count = of(command, query);
		MongoCollection<?> counted = (count != null) ? collections.apply(count.collection()) : null;
		if (counted == null) {
			return null;
		}
		return reply(counted.getFullName(), counted.count(count.filter(), count.skip(), count.limit()));
	}

	/** The reply the pipeline would give for this count, with no open cursor. */
	static Document reply(String namespace, long count) {
		List<Document> batch = (count == 0) ? List.of() : List
			.of(new Document("_id", 1).append("n", (count <= Integer.MAX_VALUE) ? (Object) (int) count : count));
		Document cursor = new Document("id", 0L).append("ns", namespace).append("firstBatch", batch);
		return new Document("cursor", cursor).append("ok", 1.0);
	}

}
