package app.briefings.mongo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

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
import de.bwaldvogel.mongo.exception.MongoServerException;
import de.bwaldvogel.mongo.oplog.Oplog;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server's file storage (an H2 MVStore file), whose collections look a
 * document up by its {@code _id} for any query that pins one (see {@link IdIndex}) and
 * keep their non-unique indexes as {@link OrderedIndex}es in memory. Those are saved in
 * the file when it closes and read back when it opens ({@link IndexSnapshots}); without a
 * valid snapshot, all of a collection's ordered indexes are rebuilt in one pass over its
 * documents. The data keep the file layout of mongo-java-server's own H2 backend, with
 * compact data types for documents, ids and unique-index keys in place of Java
 * serialization ({@link StorageFormat}).
 * <p>
 * Every command's changes are committed to the file before its reply is sent, so an
 * acknowledged write survives the process being killed. The store's own periodic commit
 * is off: it ran every second, lost what was acknowledged since, and could store one
 * collection's change without another's, because it read each map while other commands
 * were still writing. Write commands run under a shared lock and a commit under an
 * exclusive one, so a commit never holds half of a command's changes; writes that finish
 * together share one commit. A write sent with {@code j: false} is answered without a
 * commit, and an {@code fsync} command commits whatever is uncommitted, so a run of
 * writes can share one commit ({@link SharedCommit}). Reads take no lock. Every so many
 * commits, the live pages of sparse chunks are rewritten, as the store's background
 * housekeeping would, so that a commit per write leaves neither a file of mostly dead
 * chunks nor commits that slow down with it ({@link FileCompaction}).
 * <p>
 * After a clean close, the ordered indexes of the collections found in the file are read
 * back from their snapshots on a thread of their own while the application goes on
 * starting; every command but the handshake ({@code hello}, {@code ping}) waits until
 * they are complete, and so does closing, so no query sees a half-filled index and no
 * half-filled index is saved. After an unclean stop they are rebuilt before the server
 * listens, as a rebuild can outlast a client's read timeout.
 */
final class IdLookupFileBackend extends H2Backend {

	/**
	 * Map name prefixes of mongo-java-server 1.47's H2 backend, which its own are
	 * private.
	 */
	private static final String DATA_MAP_PREFIX = "databases.";

	private static final String META_MAP_PREFIX = "meta.";

	private static final String UNIQUE_INDEX_MAP_INFIX = "._index_";

	private static final Logger logger = LoggerFactory.getLogger(IdLookupFileBackend.class);

	/** The commands that may run before the ordered indexes are complete. */
	private static final Set<String> HANDSHAKE_COMMANDS = Set.of("hello", "ismaster", "ping", "buildinfo");

	/**
	 * The filling of the ordered indexes found in the file, none while nothing is
	 * pending. No initializer: the library's constructor opens the file's databases
	 * before this class's fields are initialized.
	 */
	private volatile @Nullable CompletableFuture<Void> indexesOpened;

	private final ReadWriteLock commitLock = new ReentrantReadWriteLock();

	private final boolean forceToDisk;

	private volatile boolean ignoreOrderedIndexes;

	/** Guarded by the commit lock's exclusive side. */
	private final FileCompaction compaction;

	/*
	 * The two fields below are used while the library's constructor opens the databases,
	 * before this class's own field initializers run, so they have none.
	 */

	private @Nullable IndexSnapshots snapshots;

	private @Nullable List<Collection> collectionsBeingOpened;

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
		this.compaction = new FileCompaction(getMvStore());
	}

	private static MVStore openWithoutAutoCommit(String fileName) {
		MVStore store = new MVStore.Builder().fileName(fileName).autoCommitDisabled().autoCommitBufferSize(0).open();
		StorageFormat.markIfNew(store);
		return store;
	}

	@Override
	public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
		if (!HANDSHAKE_COMMANDS.contains(command.toLowerCase(Locale.ROOT)) && !awaitIndexesOpened()) {
			throw new MongoServerException("the ordered indexes could not be opened; see the log");
		}
		Document counted = CountCommand.answer(command, query,
				(collection) -> resolveDatabase(databaseName).resolveCollection(collection, false));
		if (counted != null) {
			return counted;
		}
		if (WriteCommands.commitsEarlierWrites(command)) {
			commitChanges();
			return new Document("ok", 1.0);
		}
		if (!WriteCommands.changesData(command, query)) {
			return LeadingMatch.during(command, query,
					() -> super.handleCommand(channel, databaseName, command, query));
		}
		Lock writing = this.commitLock.readLock();
		writing.lock();
		try {
			snapshots().beforeWrite();
			return super.handleCommand(channel, databaseName, command, query);
		}
		finally {
			writing.unlock();
			if (!WriteCommands.journalWaived(query)) {
				commitChanges();
			}
		}
	}

	/**
	 * Commits whatever the store holds uncommitted, this command's changes and any
	 * other's that finished since the last commit; a commit with nothing to store does
	 * nothing. Every so many commits, the live pages of sparse chunks are rewritten and
	 * committed too ({@link FileCompaction}), while no write command runs.
	 */
	private void commitChanges() {
		Lock committing = this.commitLock.writeLock();
		committing.lock();
		try {
			commitStore();
			if (this.compaction.afterCommit()) {
				commitStore();
				this.compaction.dropUnusedChunks();
			}
		}
		finally {
			committing.unlock();
		}
	}

	/**
	 * Commits the store, and waits for the disk to hold the commit when so configured.
	 */
	private void commitStore() {
		MVStore store = getMvStore();
		store.commit();
		if (this.forceToDisk) {
			store.sync();
		}
	}

	@Override
	protected MongoDatabase openOrCreateDatabase(String databaseName) {
		List<Collection> opened = new ArrayList<>();
		Database database;
		synchronized (this) {
			this.collectionsBeingOpened = opened;
			try {
				database = new Database(databaseName);
			}
			finally {
				this.collectionsBeingOpened = null;
			}
		}
		if (snapshots().closedCleanlyBefore()) {
			fillInTheBackground(opened);
		}
		else {
			opened.forEach(Collection::fillOrderedIndexes);
		}
		return database;
	}

	private void fillInTheBackground(List<Collection> opened) {
		if (opened.isEmpty()) {
			return;
		}
		CompletableFuture<Void> filled = new CompletableFuture<>();
		Thread filling = new Thread(() -> {
			try {
				opened.forEach(Collection::fillOrderedIndexes);
				filled.complete(null);
			}
			catch (RuntimeException | Error ex) {
				logger.error("Could not open the ordered indexes; commands are refused", ex);
				filled.completeExceptionally(ex);
			}
		}, "ordered-index-open");
		filling.setDaemon(true);
		CompletableFuture<Void> earlier = this.indexesOpened;
		this.indexesOpened = (earlier != null) ? CompletableFuture.allOf(earlier, filled) : filled;
		filling.start();
	}

	/**
	 * Waits until the ordered indexes of the collections found in the file are complete.
	 * @return whether they were all filled, not interrupted by a failure
	 */
	boolean awaitIndexesOpened() {
		CompletableFuture<Void> opening = this.indexesOpened;
		if (opening == null) {
			return true;
		}
		try {
			opening.join();
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/**
	 * Whether the file was closed cleanly after its last write (see
	 * {@link IndexSnapshots}).
	 */
	boolean closedCleanlyBefore() {
		return snapshots().closedCleanlyBefore();
	}

	/**
	 * Every value the ordered indexes of a collection hold, their keys' values and their
	 * positions, index after index, so that tests can see which instances they share.
	 */
	List<Object> orderedIndexValues(String databaseName, String collectionName) {
		awaitIndexesOpened();
		Collection collection = (Collection) resolveDatabase(databaseName).resolveCollection(collectionName, true);
		List<Object> values = new ArrayList<>();
		for (OrderedIndex<Object> index : collection.orderedIndexes()) {
			index.forEachKey((key, position) -> {
				values.addAll(Arrays.asList(key));
				values.add(position);
			});
		}
		return values;
	}

	/**
	 * Each ordered index of a collection as text, its keys and positions in key order:
	 * the index as kept, or one built now from a full scan of the documents, so that
	 * tests can compare the two.
	 */
	Map<String, List<String>> describeOrderedIndexes(String databaseName, String collectionName,
			boolean fromDocuments) {
		awaitIndexesOpened();
		Collection collection = (Collection) resolveDatabase(databaseName).resolveCollection(collectionName, true);
		Map<String, List<String>> describedIndexes = new TreeMap<>();
		for (OrderedIndex<Object> index : collection.orderedIndexes()) {
			OrderedIndex<Object> described = fromDocuments ? collection.buildFromDocuments(index) : index;
			List<String> keys = new ArrayList<>();
			described.forEachKey((values, position) -> keys.add(Arrays.toString(values) + " at " + position));
			keys.add("irregular sort values: " + described.irregularSortValueCount());
			describedIndexes.put(index.getName(), keys);
		}
		return describedIndexes;
	}

	/**
	 * How many documents the collection's queries and counts have examined (matched
	 * against a filter) since it was opened: what MongoDB's explain calls
	 * {@code docsExamined}. A count answered from index keys examines none.
	 */
	long documentsExamined(String databaseName, String collectionName) {
		return ((Collection) resolveDatabase(databaseName).resolveCollection(collectionName, true)).examined.sum();
	}

	/** The snapshots of the ordered indexes, created on first use. */
	synchronized IndexSnapshots snapshots() {
		if (this.snapshots == null) {
			this.snapshots = new IndexSnapshots(getMvStore());
		}
		return this.snapshots;
	}

	/** Saves the ordered indexes with the last commit, then closes the file. */
	@Override
	public void close() {
		if (!awaitIndexesOpened()) {
			super.close();
			return;
		}
		Lock committing = this.commitLock.writeLock();
		committing.lock();
		try {
			snapshots().saveAll();
			getMvStore().commit();
		}
		catch (RuntimeException ex) {
			logger.warn("Could not save the ordered indexes; the next start rebuilds them", ex);
		}
		finally {
			committing.unlock();
		}
		super.close();
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
			MVMap<Object, Document> data = StorageFormat.openData(store, DATA_MAP_PREFIX + fullName);
			MVMap<String, Object> meta = store.openMap(META_MAP_PREFIX + fullName);
			Collection collection = new Collection(this, collectionName, options, data, meta, this.cursorRegistry,
					() -> !IdLookupFileBackend.this.ignoreOrderedIndexes, snapshots());
			List<Collection> opening = IdLookupFileBackend.this.collectionsBeingOpened;
			if (opening != null) {
				collection.deferOrderedIndexes();
				opening.add(collection);
			}
			snapshots().register(fullName, collection);
			return collection;
		}

		@Override
		public void dropCollection(String collectionName, Oplog oplog) {
			super.dropCollection(collectionName, oplog);
			snapshots().forget(getFullCollectionNamespace(collectionName));
		}

		@Override
		protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
				boolean sparse) {
			StorageFormat.openUniqueIndex(getMvStore(),
					getFullCollectionNamespace(collectionName) + UNIQUE_INDEX_MAP_INFIX + indexName);
			return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
		}

		@Override
		protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
				boolean sparse) {
			return new OrderedIndex<>(indexName, keys);
		}

	}

	private static final class Collection extends H2Collection implements IndexSnapshots.Source {

		private final IdIndex<Object> idIndex = new IdIndex<>();

		private final LongAdder examined = new LongAdder();

		private final MVMap<Object, Document> data;

		private final BooleanSupplier orderedIndexes;

		private final IndexSnapshots snapshots;

		private final List<OrderedIndex<Object>> unfilled = new ArrayList<>();

		private volatile boolean deferred;

		Collection(MongoDatabase database, String collectionName, CollectionOptions options,
				MVMap<Object, Document> data, MVMap<String, Object> meta, CursorRegistry cursorRegistry,
				BooleanSupplier orderedIndexes, IndexSnapshots snapshots) {
			super(database, collectionName, options, data, meta, cursorRegistry);
			this.data = data;
			this.orderedIndexes = orderedIndexes;
			this.snapshots = snapshots;
		}

		/**
		 * Leaves the ordered indexes added while the file is opened to
		 * {@link #fillOrderedIndexes()}.
		 */
		void deferOrderedIndexes() {
			this.deferred = true;
		}

		/**
		 * Adds an index; an ordered one is filled in one pass over the documents, where
		 * the library would read them twice (once to check uniqueness), or later with the
		 * collection's others when the file is being opened.
		 */
		@Override
		public void addIndex(Index<Object> index) {
			if (index instanceof OrderedIndex<Object> ordered && !hasIndexNamed(index.getName())) {
				if (this.deferred) {
					ordered.awaitFill();
					this.unfilled.add(ordered);
				}
				else {
					streamAllDocumentsWithPosition()
						.forEach((stored) -> ordered.add(stored.getDocument(), stored.getPosition(), this));
				}
			}
			super.addIndex(index);
			this.idIndex.offer(index);
		}

		/**
		 * Reads the ordered indexes added while the file was opened from their snapshots,
		 * and rebuilds the others together in one pass over the documents.
		 */
		synchronized void fillOrderedIndexes() {
			long began = System.nanoTime();
			long documents = count();
			List<OrderedIndex<Object>> rebuild = new ArrayList<>();
			CanonicalValues shared = new CanonicalValues();
			for (OrderedIndex<Object> index : this.unfilled) {
				if (!this.snapshots.restore(getFullName(), index, documents, shared)) {
					rebuild.add(index);
				}
			}
			if (!rebuild.isEmpty()) {
				streamAllDocumentsWithPosition().forEach((stored) -> {
					for (OrderedIndex<Object> index : rebuild) {
						index.add(stored.getDocument(), stored.getPosition(), this);
					}
				});
				rebuild.forEach((index) -> this.snapshots.rebuilt());
			}
			this.unfilled.forEach(OrderedIndex::filled);
			if (!this.unfilled.isEmpty()) {
				logger.info("Opened {} ordered indexes of {} ({} documents), {} of them rebuilt, in {} ms",
						this.unfilled.size(), getFullName(), documents, rebuild.size(),
						(System.nanoTime() - began) / 1_000_000);
			}
			this.unfilled.clear();
			this.deferred = false;
		}

		/** A new index with the fields of {@code index}, filled from the documents. */
		OrderedIndex<Object> buildFromDocuments(OrderedIndex<Object> index) {
			OrderedIndex<Object> built = new OrderedIndex<>(index.getName(), index.getKeys());
			streamAllDocumentsWithPosition()
				.forEach((stored) -> built.add(stored.getDocument(), stored.getPosition(), this));
			return built;
		}

		/**
		 * Keeps no running total of the documents' BSON size: the library would encode
		 * each document once more to measure it on every insert and delete, twice on
		 * every update, and rewrite the collection's metadata each time, for a figure
		 * that only {@code collStats} reports. {@link #getDataSize()} measures the
		 * documents when asked instead.
		 */
		@Override
		protected boolean tracksDataSize() {
			return false;
		}

		/** The stored documents' size in BSON, measured now. */
		@Override
		protected int getDataSize() {
			long size = streamAllDocumentsWithPosition().mapToLong((stored) -> bsonSize(stored.getDocument())).sum();
			return (int) Math.min(size, Integer.MAX_VALUE);
		}

		private static int bsonSize(Document document) {
			ByteBuf bson = Unpooled.buffer(BsonSizes.estimate(document));
			try {
				BsonEncoder.encodeDocument(document, bson);
				return bson.writerIndex();
			}
			finally {
				bson.release();
			}
		}

		@Override
		public long documentCount() {
			return count();
		}

		@Override
		public List<OrderedIndex<Object>> orderedIndexes() {
			List<OrderedIndex<Object>> ordered = new ArrayList<>();
			for (Index<Object> index : getIndexes()) {
				if (index instanceof OrderedIndex<Object> orderedIndex) {
					ordered.add(orderedIndex);
				}
			}
			return ordered;
		}

		@Override
		public Stream<Document> queryAllAsStream() {
			Document leadingMatch = this.orderedIndexes.getAsBoolean() ? LeadingMatch.take(getCollectionName()) : null;
			if (leadingMatch == null) {
				return super.queryAllAsStream();
			}
			return candidates().of(leadingMatch);
		}

		@Override
		public int count(Document query, int skip, int limit) {
			if (query == null || query.isEmpty() || !this.orderedIndexes.getAsBoolean()) {
				return super.count(query, skip, limit);
			}
			return candidates().count(query, skip, limit, (document) -> documentMatchesQuery(document, query));
		}

		@Override
		protected boolean documentMatchesQuery(Document document, Document query) {
			this.examined.increment();
			return super.documentMatchesQuery(document, query);
		}

		private CandidateDocuments<Object> candidates() {
			return new CandidateDocuments<>(this.idIndex, getIndexes(), this.data.getKeyType()::compare,
					this::getDocument, super::queryAllAsStream);
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
