package app.briefings.mongo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.jspecify.annotations.Nullable;

/**
 * The {@code _id} values a query pins: {@code {_id: "b1", …}} pins one, {@code {_id:
 * {$in: ["b1", "b2"]}, …}} pins those listed, either at the top level or as a condition
 * of a top-level {@code $and}. Any document the query matches has one of them, so the
 * documents stored under them are the only candidates; the query's other conditions are
 * still matched against each.
 */
final class PinnedId {

	private static final String ID = "_id";

	private static final String IN = "$in";

	private PinnedId() {
	}

	/**
	 * The pinned string or object ids, without repeats and in the order given, or null
	 * when the query pins none.
	 */
	static @Nullable List<Object> in(Document query) {
		List<Object> ids = pinnedBy(query.get(ID));
		if (ids != null) {
			return ids;
		}
		if (query.get("$and") instanceof List<?> conditions) {
			return firstPinnedIn(conditions);
		}
		return null;
	}

	private static @Nullable List<Object> firstPinnedIn(List<?> conditions) {
		for (Object condition : conditions) {
			List<Object> ids = (condition instanceof Document document) ? pinnedBy(document.get(ID)) : null;
			if (ids != null) {
				return ids;
			}
		}
		return null;
	}

	private static @Nullable List<Object> pinnedBy(@Nullable Object value) {
		if (isPlainId(value)) {
			return List.of(value);
		}
		if (value instanceof Document operators && operators.get(IN) instanceof List<?> listed) {
			Set<Object> ids = new LinkedHashSet<>();
			for (Object id : listed) {
				if (!isPlainId(id)) {
					return null;
				}
				ids.add(id);
			}
			return new ArrayList<>(ids);
		}
		return null;
	}

	private static boolean isPlainId(@Nullable Object value) {
		return value instanceof String || value instanceof ObjectId;
	}

}
