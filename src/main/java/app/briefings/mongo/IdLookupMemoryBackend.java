package app.briefings.mongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;

/**
 * The embedded server's memory storage, whose collections look a document up by its
 * {@code _id} for any query that pins one (see {@link IdIndex}).
 */
final class IdLookupMemoryBackend extends MemoryBackend {

	@Override
	public MemoryDatabase openOrCreateDatabase(String databaseName) {
		return new Database(databaseName, getCursorRegistry());
	}

	private static final class Database extends MemoryDatabase {

		Database(String databaseName, CursorRegistry cursorRegistry) {
			super(databaseName, cursorRegistry);
		}

		@Override
		protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
			return new Collection(this, collectionName, options, this.cursorRegistry);
		}

	}

	private static final class Collection extends MemoryCollection {

		private final IdIndex<Integer> idIndex = new IdIndex<>();

		Collection(MongoDatabase database, String collectionName, CollectionOptions options,
				CursorRegistry cursorRegistry) {
			super(database, collectionName, options, cursorRegistry);
		}

		@Override
		public void addIndex(Index<Integer> index) {
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
			Iterable<Integer> positions = this.idIndex.positionsPinnedBy(query);
			if (positions == null) {
				return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
			}
			return matchDocuments(query, positions, orderBy, numberToSkip, limit, batchSize, fieldSelector);
		}

	}

}
