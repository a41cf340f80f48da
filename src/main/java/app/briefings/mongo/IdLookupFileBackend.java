package app.briefings.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The embedded server's file storage (an H2 MVStore file), whose collections look a
 * document up by its {@code _id} for any query that pins one (see {@link IdIndex}). It
 * reads and writes the same file layout as mongo-java-server's own H2 backend.
 */
final class IdLookupFileBackend extends H2Backend {

	/**
	 * Map name prefixes of mongo-java-server 1.47's H2 backend, which its own are
	 * private.
	 */
	private static final String DATA_MAP_PREFIX = "databases.";

	private static final String META_MAP_PREFIX = "meta.";

	IdLookupFileBackend(String fileName) {
		super(fileName);
	}

	@Override
	protected MongoDatabase openOrCreateDatabase(String databaseName) {
		return new Database(databaseName);
	}

	/**
	 * An inner class: its collections are opened while {@link H2Database}'s constructor
	 * runs, before any field of its own is set, so it reaches the store through the
	 * enclosing backend.
	 */
	private final class Database extends H2Database {

		Database(String databaseName) {
			super(databaseName, getMvStore(), getCursorRegistry());
		}

		@Override
		protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
			MVStore store = getMvStore();
			String fullName = getFullCollectionNamespace(collectionName);
			MVMap<Object, Document> data = store.openMap(DATA_MAP_PREFIX + fullName);
			MVMap<String, Object> meta = store.openMap(META_MAP_PREFIX + fullName);
			return new Collection(this, collectionName, options, data, meta, this.cursorRegistry);
		}

	}

	private static final class Collection extends H2Collection {

		private final IdIndex<Object> idIndex = new IdIndex<>();

		Collection(MongoDatabase database, String collectionName, CollectionOptions options,
				MVMap<Object, Document> data, MVMap<String, Object> meta, CursorRegistry cursorRegistry) {
			super(database, collectionName, options, data, meta, cursorRegistry);
		}

		@Override
		public void addIndex(Index<Object> index) {
			super.addIndex(index);
			this.idIndex.offer(index);
		}

		@Override
		public void dropIndex(String indexName) {
			super.dropIndex(indexName);
			this.idIndex.dropped(indexName);
		}

		@Override
		protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
				int batchSize, Document fieldSelector) {
			Iterable<Object> positions = this.idIndex.positionsPinnedBy(query);
			if (positions == null) {
				return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
			}
			return matchDocuments(query, positions, orderBy, numberToSkip, limit, batchSize, fieldSelector);
		}

	}

}
