package app.briefings.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingStatus;
import app.briefings.briefing.FeedCriteria;
import app.briefings.graphql.error.ApiException;
import app.briefings.graphql.error.ErrorCode;
import app.briefings.graphql.paging.PageRequest;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search port on embedded Lucene, in memory or in a folder on disk: one writer, and a
 * near-real-time searcher refreshed before a read when writes came since the last
 * refresh, so a search sees a briefing as soon as it is indexed while a run of writes
 * between two searches costs one refresh, not one each. Only published briefings are
 * held; anything else given to it is removed. On disk it holds Lucene's write lock for as
 * long as it is open, commits every few seconds while writes come and when closed, and
 * stores {@link SearchFields#SCHEMA_VERSION} with each commit.
 */
final class LuceneSearchIndex implements SearchIndex, Closeable {

	static final String SCHEMA_VERSION_KEY = "schemaVersion";

	static final String CHANGE_LOG_POSITION_KEY = "changeLogPosition";

	private static final Logger logger = LoggerFactory.getLogger(LuceneSearchIndex.class);

	private static final Sort RANKING = new Sort(SortField.FIELD_SCORE,
			new SortField(SearchFields.ID, SortField.Type.STRING));

	private final Directory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final SearchQueries queries;

	private final SnippetWriter snippetWriter = new SnippetWriter(
			List.of(SearchFields.english(), SearchFields.russian(), SearchFields.names()));

	private final IndexCondition condition;

	private final @Nullable ScheduledExecutorService committer;

	private volatile boolean rebuilding;

	private volatile OptionalLong changeLogPosition;

	private LuceneSearchIndex(Directory directory, Analyzer analyzer, OpenedIndex opened,
			@Nullable Duration commitInterval) throws IOException {
		this.directory = directory;
		this.condition = opened.condition();
		this.writer = opened.writer();
		this.changeLogPosition = storedPosition(this.writer, this.condition);
		this.writer.setLiveCommitData(commitData(this.changeLogPosition).entrySet());
		this.searchers = opened.searchers();
		this.queries = new SearchQueries(analyzer);
		this.committer = (commitInterval != null) ? startCommitter(commitInterval) : null;
	}

	private static OptionalLong storedPosition(IndexWriter writer, IndexCondition condition) {
		if (condition != IndexCondition.READY || writer.getLiveCommitData() == null) {
			return OptionalLong.empty();
		}
		for (Map.Entry<String, String> entry : writer.getLiveCommitData()) {
			if (entry.getKey().equals(CHANGE_LOG_POSITION_KEY)) {
				try {
					return OptionalLong.of(Long.parseLong(entry.getValue()));
				}
				catch (NumberFormatException ex) {
					return OptionalLong.empty();
				}
			}
		}
		return OptionalLong.empty();
	}

	private static Map<String, String> commitData(OptionalLong changeLogPosition) {
		Map<String, String> data = new HashMap<>();
		data.put(SCHEMA_VERSION_KEY, String.valueOf(SearchFields.SCHEMA_VERSION));
		changeLogPosition.ifPresent((position) -> data.put(CHANGE_LOG_POSITION_KEY, String.valueOf(position)));
		return data;
	}

	@Override
	public OptionalLong changeLogPosition() {
		return onDisk() ? this.changeLogPosition : OptionalLong.empty();
	}

	@Override
	public void changeLogPositionReached(long position) {
		if (!onDisk()) {
			return;
		}
		this.changeLogPosition = OptionalLong.of(position);
		write(() -> this.writer.setLiveCommitData(commitData(this.changeLogPosition).entrySet()));
	}

	static LuceneSearchIndex inMemory() {
		try {
			Directory directory = new ByteBuffersDirectory();
			Analyzer analyzer = SearchFields.perField();
			return new LuceneSearchIndex(directory, analyzer, OpenedIndex.empty(directory, analyzer), null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Opens the index in {@code folder}, creating the folder, or starts an empty one
	 * there when what the folder holds is missing, damaged or of another schema version:
	 * then {@link #rebuildNeeded()} says so.
	 * @throws SearchIndexInUseException when another process holds the folder
	 */
	static LuceneSearchIndex onDisk(Path folder, Duration commitInterval) {
		try {
			Files.createDirectories(folder);
			return open(FSDirectory.open(folder), folder, commitInterval);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Opens the index in {@code directory}, the folder {@code folder} on disk, as
	 * {@link #onDisk(Path, Duration)} does; closes the directory if it cannot.
	 */
	static LuceneSearchIndex open(Directory directory, Path folder, Duration commitInterval) throws IOException {
		try {
			Analyzer analyzer = SearchFields.perField();
			return new LuceneSearchIndex(directory, analyzer, OpenedIndex.open(directory, folder, analyzer),
					commitInterval);
		}
		catch (LockObtainFailedException ex) {
			directory.close();
			throw new SearchIndexInUseException(folder, ex);
		}
	}

	private ScheduledExecutorService startCommitter(Duration interval) {
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "search-index-commit");
			thread.setDaemon(true);
			return thread;
		});
		executor.scheduleWithFixedDelay(this::commitQuietly, interval.toMillis(), interval.toMillis(),
				TimeUnit.MILLISECONDS);
		return executor;
	}

	private void commitQuietly() {
		try {
			commit();
		}
		catch (RuntimeException ex) {
			logger.warn("Could not commit the search index", ex);
		}
	}

	@Override
	public boolean rebuildNeeded() {
		return this.condition != IndexCondition.READY;
	}

	/** Whether the index lives in a folder on disk rather than in memory. */
	boolean onDisk() {
		return this.committer != null;
	}

	/** Why the index was or was not kept when it was opened. */
	IndexCondition condition() {
		return this.condition;
	}

	@Override
	public void rebuildStarted() {
		this.rebuilding = true;
	}

	@Override
	public void rebuildFinished() {
		this.rebuilding = false;
		commit();
	}

	@Override
	public boolean rebuilding() {
		return this.rebuilding;
	}

	/**
	 * Commits what was written since the last commit, unless a rebuild is under way: a
	 * half-rebuilt index is never committed, so a crash during a rebuild leaves no index
	 * and the next start rebuilds again.
	 */
	@Override
	public void commit() {
		if (this.rebuilding || this.committer == null) {
			return;
		}
		write(() -> {
			if (this.writer.hasUncommittedChanges()) {
				this.writer.commit();
			}
		});
	}

	@Override
	public Map<String, Integer> versions() {
		return withSearcher(LuceneSearchIndex::versionsIn);
	}

	private static Map<String, Integer> versionsIn(IndexSearcher searcher) throws IOException {
		Map<String, Integer> versions = new HashMap<>();
		for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
			addVersions(leaf.reader(), versions);
		}
		return versions;
	}

	private static void addVersions(LeafReader reader, Map<String, Integer> versions) throws IOException {
		SortedDocValues ids = DocValues.getSorted(reader, SearchFields.ID);
		NumericDocValues numbers = DocValues.getNumeric(reader, SearchFields.VERSION);
		Bits live = reader.getLiveDocs();
		for (int doc = 0; doc < reader.maxDoc(); doc++) {
			if ((live != null && !live.get(doc)) || !ids.advanceExact(doc)) {
				continue;
			}
			int version = numbers.advanceExact(doc) ? (int) numbers.longValue() : 0;
			versions.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), version);
		}
	}

	@Override
	public void index(Briefing briefing) {
		write(() -> put(briefing));
	}

	@Override
	public void indexAll(Iterator<Briefing> briefings) {
		write(() -> {
			while (briefings.hasNext()) {
				put(briefings.next());
			}
		});
	}

	@Override
	public void remove(String briefingId) {
		write(() -> this.writer.deleteDocuments(idTerm(briefingId)));
	}

	@Override
	public void clear() {
		write(this.writer::deleteAll);
	}

	private void put(Briefing briefing) throws IOException {
		if (briefing.status() != BriefingStatus.PUBLISHED) {
			this.writer.deleteDocuments(idTerm(briefing.id()));
			return;
		}
		this.writer.updateDocument(idTerm(briefing.id()), BriefingDocuments.of(briefing));
	}

	private static Term idTerm(String briefingId) {
		return new Term(SearchFields.ID, briefingId);
	}

	private void write(IndexWrite write) {
		try {
			write.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public List<SearchHit> search(String query, FeedCriteria criteria, PageRequest page, boolean withSnippets) {
		if (this.rebuilding) {
			throw new ApiException(ErrorCode.SEARCH_INDEX_REBUILDING,
					"The search index is being rebuilt; search again shortly");
		}
		Query luceneQuery = this.queries.of(query, criteria);
		return withSearcher((searcher) -> hits(searcher, luceneQuery, query, page, withSnippets));
	}

	private List<SearchHit> hits(IndexSearcher searcher, Query luceneQuery, String query, PageRequest page,
			boolean withSnippets) throws IOException {
		FieldDoc after = (page.after() != null) ? SearchCursor.after(page.after(), searcher.getIndexReader().maxDoc())
				: null;
		IndexSearcher abandonable = new IndexSearcher(searcher.getIndexReader());
		abandonable.setTimeout(LuceneSearchIndex::abandoned);
		TopDocs top = abandonable.searchAfter(after, luceneQuery, page.fetchSize(), RANKING, true);
		stopIfAbandoned();
		List<Set<String>> queryTerms = this.snippetWriter.termsOf(query);
		StoredFields stored = searcher.storedFields();
		List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
		for (ScoreDoc scoreDoc : top.scoreDocs) {
			stopIfAbandoned();
			Document document = stored.document(scoreDoc.doc);
			String id = document.get(SearchFields.ID);
			List<Snippet> snippets = withSnippets ? this.snippetWriter.snippets(queryTerms,
					document.get(SearchFields.TITLE), document.get(SearchFields.BODY)) : List.of();
			hits.add(new SearchHit(id, scoreDoc.score, SearchCursor.of(scoreDoc.score, id), snippets));
		}
		return hits;
	}

	/**
	 * Whether the request this search serves was abandoned: the request timeout
	 * interrupts the thread of an execution it gives up on.
	 */
	private static boolean abandoned() {
		return Thread.currentThread().isInterrupted();
	}

	private static void stopIfAbandoned() {
		if (abandoned()) {
			throw new ApiException(ErrorCode.REQUEST_TIMEOUT, "The search was stopped: its request timed out");
		}
	}

	@Override
	public long count() {
		return withSearcher((searcher) -> (long) searcher.getIndexReader().numDocs());
	}

	private <T> T withSearcher(SearcherWork<T> work) {
		try {
			this.searchers.maybeRefreshBlocking();
			IndexSearcher searcher = this.searchers.acquire();
			try {
				return work.apply(searcher);
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() throws IOException {
		stopCommitter();
		commit();
		this.searchers.close();
		this.writer.close();
		this.directory.close();
	}

	/**
	 * Lets a commit under way finish: interrupting it would close Lucene's file channels
	 * under the writer.
	 */
	private void stopCommitter() throws IOException {
		if (this.committer == null) {
			return;
		}
		this.committer.shutdown();
		try {
			this.committer.awaitTermination(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("Interrupted while the search index committed");
		}
	}

	/** A read of the index that may fail with an {@link IOException}. */
	@FunctionalInterface
	private interface SearcherWork<T> {

		T apply(IndexSearcher searcher) throws IOException;

	}

	/** A change to the index that may fail with an {@link IOException}. */
	@FunctionalInterface
	private interface IndexWrite {

		void run() throws IOException;

	}

}
