package app.briefings.mongo;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The data types file storage opens its maps with. Documents and ids carry a tag per
 * value, so every store reads and writes them compactly ({@link StoredDocumentType},
 * {@link StoredIdType}); unique-index keys are ordered differently in the compact form
 * ({@link UniqueKeyType}), so only a store created with it uses it, which a mark in the
 * store records. A store written before keeps H2's type for its unique-index keys.
 */
final class StorageFormat {

	private static final String FORMAT_MAP = "app.storageFormat";

	private static final String UNIQUE_INDEX_KEYS = "unique index keys";

	private static final String COMPACT = "bson";

	private StorageFormat() {
	}

	/**
	 * Marks a store that holds no map yet as one whose unique indexes use
	 * {@link UniqueKeyType}; the mark is stored with the store's first commit.
	 */
	static void markIfNew(MVStore store) {
		if (store.getMapNames().isEmpty()) {
			store.<String, String>openMap(FORMAT_MAP).put(UNIQUE_INDEX_KEYS, COMPACT);
		}
	}

	/** Whether the store's unique indexes use {@link UniqueKeyType}. */
	static boolean compactUniqueKeys(MVStore store) {
		return store.hasMap(FORMAT_MAP)
				&& COMPACT.equals(store.<String, String>openMap(FORMAT_MAP).get(UNIQUE_INDEX_KEYS));
	}

	/** Opens (or creates) a collection's documents by {@code _id}. */
	static MVMap<Object, Document> openData(MVStore store, String name) {
		return store.openMap(name,
				new MVMap.Builder<Object, Document>().keyType(new StoredIdType()).valueType(new StoredDocumentType()));
	}

	/**
	 * Opens (or creates) the map of a unique index, the indexed values to the document's
	 * {@code _id}, before the library opens it by name and gets this one.
	 */
	static void openUniqueIndex(MVStore store, String name) {
		if (compactUniqueKeys(store)) {
			store.openMap(name,
					new MVMap.Builder<KeyValue, Object>().keyType(new UniqueKeyType()).valueType(new StoredIdType()));
			return;
		}
		store.openMap(name, new MVMap.Builder<Object, Object>().valueType(new StoredIdType()));
	}

}
