package app.briefings.mongo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * An index the application declares on a collection: its name and its keys in order, as a
 * {@code createIndexes} command sends them.
 *
 * @param collection the collection the index is on
 * @param name the index name
 * @param keys the indexed fields in order
 */
record DeclaredIndex(String collection, String name, List<Key> keys) {

	DeclaredIndex {
		keys = List.copyOf(keys);
	}

	/** The index on {@code _id} every collection has. */
	static DeclaredIndex idIndex(String collection) {
		return new DeclaredIndex(collection, "_id_", List.of(new Key("_id", 1)));
	}

	/** A declared index written as {@code field:direction} pairs, for tests. */
	static DeclaredIndex of(String collection, String name, String... keys) {
		List<Key> parsed = new ArrayList<>();
		for (String key : keys) {
			String[] parts = key.split(":");
			parsed.add(new Key(parts[0], (parts.length > 1) ? Integer.parseInt(parts[1]) : 1));
		}
		return new DeclaredIndex(collection, name, parsed);
	}

	/** The indexes a {@code createIndexes} command declares. */
	static List<DeclaredIndex> fromCreateIndexes(BsonDocument command) {
		String collection = command.getString("createIndexes").getValue();
		List<DeclaredIndex> declared = new ArrayList<>();
		for (BsonValue index : command.getArray("indexes")) {
			BsonDocument spec = index.asDocument();
			List<Key> keys = new ArrayList<>();
			for (Map.Entry<String, BsonValue> key : spec.getDocument("key").entrySet()) {
				keys.add(new Key(key.getKey(), key.getValue().isNumber() ? key.getValue().asNumber().intValue() : 1));
			}
			declared.add(new DeclaredIndex(collection, spec.getString("name").getValue(), keys));
		}
		return declared;
	}

	/**
	 * One indexed field.
	 *
	 * @param field the dotted path
	 * @param direction 1 ascending, -1 descending
	 */
	record Key(String field, int direction) {

	}

}
