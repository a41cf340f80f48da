package app.briefings.mongo;

import java.util.ArrayList;
import java.util.List;

import de.bwaldvogel.mongo.bson.Document;

/**
 * The conditions a query filter requires all at once: its top-level entries, each as a
 * document of its own, with {@code $and}s opened (also nested ones). A document matches
 * the filter exactly when it matches every condition.
 */
final class QueryConditions {

	private QueryConditions() {
	}

	static List<Document> of(Document filter) {
		List<Document> conditions = new ArrayList<>();
		collect(filter, conditions);
		return conditions;
	}

	private static void collect(Document filter, List<Document> conditions) {
		for (String key : filter.keySet()) {
			Object value = filter.get(key);
			if (key.equals("$and") && value instanceof List<?> parts && allDocuments(parts)) {
				for (Object part : parts) {
					collect((Document) part, conditions);
				}
			}
			else {
				conditions.add(new Document(key, value));
			}
		}
	}

	private static boolean allDocuments(List<?> parts) {
		for (Object part : parts) {
			if (!(part instanceof Document)) {
				return false;
			}
		}
		return true;
	}

}
