package app.briefings.mongo;

import java.util.List;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The embedded server's file storage (an H2 MVStore file), whose collections look a
 * document up by its {@code _id} for any query that pins one (see {@link IdIndex}) and
 * keep their non-unique indexes as {@link OrderedIndex}es, rebuilt in memory when the
 * file is opened. It reads and writes the same file layout as mongo-java-server's own H2
 * backend.
 * <p>
 * Every command's changes are committed to the file before its reply is sent, so an
 * acknowledged write survives the process being killed. The store's own periodic commit
 * is off: it ran every second, lost what was acknowledged since, and could store one
 * collection's change without another's, because it read each map while other commands
 * were still writing. Write commands run under a shared lock and a commit under an
 * exclusive one, so a commit never holds half of a command's changes; writes that finish
 * together share one commit. Reads take no lock.
 */
final class IdLookupFileBackend extends H2Backend {

	/**
	 * Map name prefixes of mongo-java-server 1.47's H2 backend, which its own are
	 * private.
	 */
	private static final String DATA_MAP_PREFIX = "databases.";

	private static final String META_MAP_PREFIX = "meta.";

	private final ReadWriteLock commitLock = new ReentrantReadWriteLock();

	private final boolean forceToDisk;

	private volatile boolean ignoreOrderedIndexes;

	/**
	 * @param fileName the MVStore file, created if missing
	 * @param forceToDisk whether each commit also waits for the disk to hold it
	 * ({@code fsync}), which survives a power loss too and not only a killed process
	 * @param orderedIndexes whether queries use the ordered indexes; when false they are
	 * still kept, and every query reads the whole collection as mongo-java-server does
	 */
	IdLookupFileBackend(String fileName, boolean forceToDisk, boolean orderedIndexes) {
		super(openWithoutAutoCommit(fileName));
		this.forceToDisk = forceToDisk;
		this.ignoreOrderedIndexes = !orderedIndexes;
	}

	private static MVStore openWithoutAutoCommit(String fileName) {
		return new MVStore.Builder().fileName(fileName).autoCommitDisabled().autoCommitBufferSize(0).open();
	}

	@Override
	public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
		if (!WriteCommands.changesData(command, query)) {
			return LeadingMatch.during(command, query,
					() -> super.handleCommand(channel, databaseName, command, query));
		}
		Lock writing = this.commitLock.readLock();
		writing.lock();
		try {
			return super.handleCommand(channel, databaseName, command, query);
		}
		finally {
			writing.unlock();
			commitChanges();
		}
	}

	/**
	 * Commits whatever the store holds uncommitted, this command's changes and any
	 * other's that finished since the last commit; a commit with nothing to store does
	 * nothing.
	 */
	private void commitChanges() {
		Lock committing = this.commitLock.writeLock();
		committing.lock();
		try {
			MVStore store = getMvStore();
			store.commit();
			if (this.forceToDisk) {
				store.sync();
			}
		}
		finally {
			committing.unlock();
		}
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
			return new Collection(this, collectionName, options, data, meta, this.cursorRegistry,
					() -> !IdLookupFileBackend.this.ignoreOrderedIndexes);
		}

		@Override
		protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
				boolean sparse) {
			return new OrderedIndex<>(indexName, keys);
		}

	}

	private static final class Collection extends H2Collection {

		private final IdIndex<Object> idIndex = new IdIndex<>();

		private final MVMap<Object, Document> data;

		private final BooleanSupplier orderedIndexes;

		Collection(MongoDatabase database, String collectionName, CollectionOptions options,
				MVMap<Object, Document> data, MVMap<String, Object> meta, CursorRegistry cursorRegistry,
				BooleanSupplier orderedIndexes) {
			super(database, collectionName, options, data, meta, cursorRegistry);
			this.data = data;
			this.orderedIndexes = orderedIndexes;
		}

		/**
		 * Adds an index; an ordered one is filled in one pass over the documents, where
		 * the library would read them twice (once to check uniqueness).
		 */
		@Override
		public void addIndex(Index<Object> index) {
			if (index instanceof OrderedIndex<Object> ordered && !hasIndexNamed(index.getName())) {
				streamAllDocumentsWithPosition()
					.forEach((stored) -> ordered.add(stored.getDocument(), stored.getPosition(), this));
			}
			super.addIndex(index);
			this.idIndex.offer(index);
		}

		@Override
		public Stream<Document> queryAllAsStream() {
			Document leadingMatch = this.orderedIndexes.getAsBoolean() ? LeadingMatch.take(getCollectionName()) : null;
			if (leadingMatch == null) {
				return super.queryAllAsStream();
			}
			return StreamSupport.stream(handleQuery(leadingMatch).spliterator(), false);
		}

		private boolean hasIndexNamed(String name) {
			for (Index<Object> index : getIndexes()) {
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
			Iterable<Object> positions = this.idIndex.positionsPinnedBy(query);
			if (positions != null) {
				return matchDocuments(query, positions, orderBy, numberToSkip, limit, batchSize, fieldSelector);
			}
			IndexScan<Object> scan = this.orderedIndexes.getAsBoolean()
					? IndexPlanner.bestScan(getIndexes(), query, orderBy, limit) : null;
			if (scan == null) {
				return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
			}
			if (scan.isSorted()) {
				return matchDocumentsFromStream(query, IndexedDocuments.stream(scan.inSortOrder(), this::getDocument),
						numberToSkip, limit, batchSize, null, fieldSelector);
			}
			List<Object> candidates = scan.inNaturalOrder(this.data.getKeyType()::compare);
			return matchDocuments(query, candidates, orderBy, numberToSkip, limit, batchSize, fieldSelector);
		}

	}

}
