package app.briefings.mongo;

import java.util.List;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.jspecify.annotations.Nullable;

/**
 * The {@code _id} a query pins by plain equality, alone or among other conditions: at the
 * top level ({@code {_id: "b1", version: 2}}) or in a top-level {@code $and}
 * ({@code {$and: [{_id: "b1"}, {$or: [...]}]}}), the shapes versioned writes take.
 */
final class PinnedId {

	private static final String ID = "_id";

	private PinnedId() {
	}

	/** The pinned string or object id, or null when the query does not pin one. */
	static @Nullable Object in(Document query) {
		Object id = plainId(query.get(ID));
		if (id != null) {
			return id;
		}
		if (query.get("$and") instanceof List<?> conditions) {
			return firstPinnedIn(conditions);
		}
		return null;
	}

	private static @Nullable Object firstPinnedIn(List<?> conditions) {
		for (Object condition : conditions) {
			Object id = (condition instanceof Document document) ? plainId(document.get(ID)) : null;
			if (id != null) {
				return id;
			}
		}
		return null;
	}

	private static @Nullable Object plainId(@Nullable Object value) {
		return (value instanceof String || value instanceof ObjectId) ? value : null;
	}

}
