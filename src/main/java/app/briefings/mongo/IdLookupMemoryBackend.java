package app.briefings.mongo;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The embedded server's memory storage, whose collections look a document up by its
 * {@code _id} for any query that pins one (see {@link IdIndex}) and keep their non-unique
 * indexes as {@link OrderedIndex}es, also for the {@code $match} an aggregation starts
 * with (see {@link LeadingMatch}).
 */
final class IdLookupMemoryBackend extends MemoryBackend {

	private final boolean orderedIndexes;

	/**
	 * @param orderedIndexes whether queries use the ordered indexes; when false they are
	 * still kept, and every query reads the whole collection as mongo-java-server does
	 */
	IdLookupMemoryBackend(boolean orderedIndexes) {
		this.orderedIndexes = orderedIndexes;
	}

	@Override
	public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
		Document counted = CountCommand.answer(command, query,
				(collection) -> resolveDatabase(databaseName).resolveCollection(collection, false));
		if (counted != null) {
			return counted;
		}
		if (WriteCommands.commitsEarlierWrites(command)) {
			return new Document("ok", 1.0);
		}
		return LeadingMatch.during(command, query, () -> super.handleCommand(channel, databaseName, command, query));
	}

	/**
	 * How many documents the collection's queries and counts have examined (matched
	 * against a filter) since it was created: what MongoDB's explain calls
	 * {@code docsExamined}. A count answered from index keys examines none.
	 */
	long documentsExamined(String databaseName, String collectionName) {
		return ((Collection) resolveDatabase(databaseName).resolveCollection(collectionName, true)).examined.sum();
	}

	@Override
	public MemoryDatabase openOrCreateDatabase(String databaseName) {
		return new Database(databaseName, getCursorRegistry(), this.orderedIndexes);
	}

	private static final class Database extends MemoryDatabase {

		private final boolean orderedIndexes;

		Database(String databaseName, CursorRegistry cursorRegistry, boolean orderedIndexes) {
			super(databaseName, cursorRegistry);
			this.orderedIndexes = orderedIndexes;
		}

		@Override
		protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
			return new Collection(this, collectionName, options, this.cursorRegistry, this.orderedIndexes);
		}

		@Override
		protected Index<Integer> openOrCreateSecondaryIndex(String collectionName, String indexName,
				List<IndexKey> keys, boolean sparse) {
			return new OrderedIndex<>(indexName, keys);
		}

	}

	private static final class Collection extends MemoryCollection {

		private final IdIndex<Integer> idIndex = new IdIndex<>();

		private final LongAdder examined = new LongAdder();

		private final boolean orderedIndexes;

		Collection(MongoDatabase database, String collectionName, CollectionOptions options,
				CursorRegistry cursorRegistry, boolean orderedIndexes) {
			super(database, collectionName, options, cursorRegistry);
			this.orderedIndexes = orderedIndexes;
		}

		/**
		 * Adds an index; an ordered one is filled in one pass over the documents, where
		 * the library would read them twice (once to check uniqueness).
		 */
		@Override
		public void addIndex(Index<Integer> index) {
			if (index instanceof OrderedIndex<Integer> ordered && !hasIndexNamed(index.getName())) {
				streamAllDocumentsWithPosition()
					.forEach((stored) -> ordered.add(stored.getDocument(), stored.getPosition(), this));
			}
			super.addIndex(index);
			this.idIndex.offer(index);
		}

		@Override
		public Stream<Document> queryAllAsStream() {
			Document leadingMatch = this.orderedIndexes ? LeadingMatch.take(getCollectionName()) : null;
			if (leadingMatch == null) {
				return super.queryAllAsStream();
			}
			return candidates().of(leadingMatch);
		}

		@Override
		protected boolean documentMatchesQuery(Document document, Document query) {
			this.examined.increment();
			return super.documentMatchesQuery(document, query);
		}

		@Override
		public int count(Document query, int skip, int limit) {
			if (query == null || query.isEmpty() || !this.orderedIndexes) {
				return super.count(query, skip, limit);
			}
			return candidates().count(query, skip, limit, (document) -> documentMatchesQuery(document, query));
		}

		private CandidateDocuments<Integer> candidates() {
			return new CandidateDocuments<>(this.idIndex, getIndexes(), Comparator.naturalOrder(), this::getDocument,
					super::queryAllAsStream);
		}

		private boolean hasIndexNamed(String name) {
			for (Index<Integer> index : getIndexes()) {
				if (index.getName().equals(name)) {
					return true;
				}
			}
			return false;
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
			if (positions != null) {
				return matchDocuments(query, positions, orderBy, numberToSkip, limit, batchSize, fieldSelector);
			}
			IndexScan<Integer> scan = this.orderedIndexes ? IndexPlanner.bestScan(getIndexes(), query, orderBy, limit)
					: null;
			if (scan == null) {
				return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
			}
			if (scan.isSorted()) {
				return matchDocumentsFromStream(query, IndexedDocuments.stream(scan.inSortOrder(), this::getDocument),
						numberToSkip, limit, batchSize, null, fieldSelector);
			}
			List<Integer> candidates = scan.inNaturalOrder(Comparator.naturalOrder());
			return matchDocuments(query, candidates, orderBy, numberToSkip, limit, batchSize, fieldSelector);
		}

	}

}
