package app.briefings.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingStatus;
import app.briefings.briefing.FeedCriteria;
import app.briefings.graphql.ApiException;
import app.briefings.graphql.ErrorCode;
import app.briefings.graphql.PageRequest;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
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

/**
 * The search port on embedded Lucene, in memory: one writer, and a near-real-time
 * searcher refreshed before a read when writes came since the last refresh, so a search
 * sees a briefing as soon as it is indexed while a run of writes between two searches
 * costs one refresh, not one each. Only published briefings are held; anything else given
 * to it is removed.
 */
final class LuceneSearchIndex implements SearchIndex, Closeable {

	private static final Sort RANKING = new Sort(SortField.FIELD_SCORE,
			new SortField(SearchFields.ID, SortField.Type.STRING));

	private final Directory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final SearchQueries queries;

	private final SnippetWriter snippetWriter = new SnippetWriter(
			List.of(SearchFields.english(), SearchFields.russian(), SearchFields.names()));

	private LuceneSearchIndex(Directory directory) throws IOException {
		Analyzer analyzer = SearchFields.perField();
		this.directory = directory;
		this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
		this.searchers = new SearcherManager(this.writer, null);
		this.queries = new SearchQueries(analyzer);
	}

	static LuceneSearchIndex inMemory() {
		try {
			return new LuceneSearchIndex(new ByteBuffersDirectory());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
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
		this.searchers.close();
		this.writer.close();
		this.directory.close();
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
