package app.briefings.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingStatus;
import app.briefings.briefing.FeedCriteria;
import app.briefings.graphql.error.ApiException;
import app.briefings.graphql.error.ErrorCode;
import app.briefings.graphql.paging.PageRequest;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;
import org.opensearch.client.json.jackson3.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.SortOptions;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.BulkRequest;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The search port on an OpenSearch index, for deployments that outgrow one machine: the
 * index is shared by every instance and survives restarts. It holds the same fields,
 * analyzers, boosts, paging and snippets as {@link LuceneSearchIndex} (see
 * {@link OpenSearchIndexDefinition}); snippets are written by the application from the
 * stored title and body, as the Lucene index does, so both return the same structure.
 * Writes are refreshed lazily: before a read, when this instance wrote since its last
 * refresh (writes of other instances become visible within the index's refresh interval).
 * When the index is missing or was created with another schema version it is created anew
 * and {@link #rebuildNeeded()} says so.
 */
final class OpenSearchSearchIndex implements SearchIndex, Closeable {

	static final int BULK_SIZE = 500;

	/**
	 * How long to wait for a connection: short, so that an unreachable cluster answers
	 * {@code UNAVAILABLE} instead of parking request threads (the client waits minutes by
	 * default).
	 */
	private static final Timeout CONNECT_TIMEOUT = Timeout.ofSeconds(5);

	/** How long to wait for an answer; a bulk of {@link #BULK_SIZE} briefings fits. */
	private static final Timeout RESPONSE_TIMEOUT = Timeout.ofSeconds(30);

	private static final Logger logger = LoggerFactory.getLogger(OpenSearchSearchIndex.class);

	private static final List<String> ID_ONLY = List.of(SearchFields.ID);

	private static final List<String> SNIPPET_SOURCE = List.of(SearchFields.ID, SearchFields.TITLE, SearchFields.BODY);

	private static final List<SortOptions> RANKING = List.of(
			SortOptions.of((sort) -> sort.score((score) -> score.order(SortOrder.Desc))),
			SortOptions.of((sort) -> sort.field((field) -> field.field(SearchFields.ID).order(SortOrder.Asc))));

	private final OpenSearchTransport transport;

	private final OpenSearchClient client;

	private final String indexName;

	private final JsonMapper json = JsonMapper.builder().build();

	private final NameKeys nameKeys = new NameKeys();

	private final OpenSearchQueries queries = new OpenSearchQueries(this.nameKeys);

	private final SnippetWriter snippetWriter = new SnippetWriter(
			List.of(SearchFields.english(), SearchFields.russian(), SearchFields.names()));

	private final AtomicBoolean unrefreshedWrites = new AtomicBoolean();

	private final boolean rebuildNeeded;

	private volatile boolean rebuilding;

	private OpenSearchSearchIndex(OpenSearchTransport transport, String indexName) throws IOException {
		this.transport = transport;
		this.client = new OpenSearchClient(transport);
		this.indexName = indexName;
		this.rebuildNeeded = prepareIndex();
	}

	/**
	 * Connects to OpenSearch at {@code url} and makes sure {@code indexName} exists with
	 * this schema version.
	 */
	static OpenSearchSearchIndex connect(URI url, String indexName) {
		OpenSearchTransport transport = transport(url);
		try {
			return new OpenSearchSearchIndex(transport, indexName);
		}
		catch (IOException | RuntimeException ex) {
			closeQuietly(transport);
			throw new IllegalStateException("Could not prepare the OpenSearch index " + indexName + " at " + url, ex);
		}
	}

	private static OpenSearchTransport transport(URI url) {
		return ApacheHttpClient5TransportBuilder.builder(HttpHost.create(url))
			.setMapper(new JacksonJsonpMapper())
			.setConnectionConfigCallback((connection) -> connection.setConnectTimeout(CONNECT_TIMEOUT))
			.setRequestConfigCallback((request) -> request.setConnectionRequestTimeout(CONNECT_TIMEOUT)
				.setResponseTimeout(RESPONSE_TIMEOUT))
			.build();
	}

	/** Creates the index when missing or of another schema: whether it was created. */
	private boolean prepareIndex() throws IOException {
		String held = heldSchemaVersion();
		if (OpenSearchIndexDefinition.SCHEMA_VERSION.equals(held)) {
			logger.info("Search index: OpenSearch index {} (schema {})", this.indexName, held);
			return false;
		}
		if (held != null) {
			logger.info("Search index: OpenSearch index {} has schema {}, not {}: creating it anew", this.indexName,
					held, OpenSearchIndexDefinition.SCHEMA_VERSION);
			send("DELETE", "/" + this.indexName, null);
		}
		createIndex();
		logger.info("Search index: OpenSearch index {} created (schema {})", this.indexName,
				OpenSearchIndexDefinition.SCHEMA_VERSION);
		return true;
	}

	/**
	 * The schema version in the index's mapping, "none" when it has none, null when
	 * missing.
	 */
	private @Nullable String heldSchemaVersion() throws IOException {
		try (Response response = this.client.generic()
			.execute(Requests.builder().endpoint("/" + this.indexName + "/_mapping").method("GET").build())) {
			if (response.getStatus() == 404) {
				return null;
			}
			JsonNode mapping = readBody(response).path(this.indexName).path("mappings");
			return mapping.path("_meta").path("schemaVersion").asString("none");
		}
	}

	private void createIndex() throws IOException {
		send("PUT", "/" + this.indexName, OpenSearchIndexDefinition.createRequest());
	}

	private void send(String method, String endpoint, @Nullable Object body) throws IOException {
		Requests.JsonBodyBuilder request = Requests.builder().endpoint(endpoint).method(method);
		if (body != null) {
			request.json(this.json.writeValueAsString(body));
		}
		try (Response response = this.client.generic().execute(request.build())) {
			if (response.getStatus() >= 300) {
				throw new IllegalStateException(
						method + " " + endpoint + " answered " + response.getStatus() + ": " + readBody(response));
			}
		}
	}

	private JsonNode readBody(Response response) throws IOException {
		Body body = response.getBody().orElse(null);
		if (body == null) {
			return this.json.missingNode();
		}
		return this.json.readTree(body.bodyAsString());
	}

	@Override
	public boolean rebuildNeeded() {
		return this.rebuildNeeded;
	}

	@Override
	public void rebuildStarted() {
		this.rebuilding = true;
	}

	@Override
	public void rebuildFinished() {
		this.rebuilding = false;
	}

	@Override
	public boolean rebuilding() {
		return this.rebuilding;
	}

	/** OpenSearch makes every acknowledged write durable through its translog. */
	@Override
	public void commit() {
	}

	@Override
	public void index(Briefing briefing) {
		indexAll(List.of(briefing).iterator());
	}

	@Override
	public void indexAll(Iterator<Briefing> briefings) {
		BulkRequest.Builder bulk = new BulkRequest.Builder().index(this.indexName);
		int pending = 0;
		while (briefings.hasNext()) {
			addTo(bulk, briefings.next());
			pending++;
			if (pending == BULK_SIZE) {
				execute(bulk);
				bulk = new BulkRequest.Builder().index(this.indexName);
				pending = 0;
			}
		}
		if (pending > 0) {
			execute(bulk);
		}
	}

	private void addTo(BulkRequest.Builder bulk, Briefing briefing) {
		if (briefing.status() != BriefingStatus.PUBLISHED) {
			bulk.operations((operation) -> operation.delete((delete) -> delete.id(briefing.id())));
			return;
		}
		IndexedBriefing document = IndexedBriefing.of(briefing, this.nameKeys);
		bulk.operations((operation) -> operation.index((index) -> index.id(briefing.id()).document(document)));
	}

	private void execute(BulkRequest.Builder bulk) {
		BulkResponse response = call(() -> this.client.bulk(bulk.build()));
		this.unrefreshedWrites.set(true);
		if (!response.errors()) {
			return;
		}
		for (var item : response.items()) {
			if (item.error() != null && item.status() != 404) {
				throw new IllegalStateException("OpenSearch refused " + item.operationType() + " of briefing "
						+ item.id() + ": " + item.error().reason());
			}
		}
	}

	/**
	 * Removes through a bulk request, which answers a missing briefing without an error.
	 */
	@Override
	public void remove(String briefingId) {
		execute(new BulkRequest.Builder().index(this.indexName)
			.operations((operation) -> operation.delete((delete) -> delete.id(briefingId))));
	}

	/**
	 * Deletes the index and creates it again, empty: the cheapest way to drop everything.
	 */
	@Override
	public void clear() {
		call(() -> {
			send("DELETE", "/" + this.indexName, null);
			createIndex();
			return null;
		});
		this.unrefreshedWrites.set(false);
	}

	@Override
	public List<SearchHit> search(String query, FeedCriteria criteria, PageRequest page, boolean withSnippets) {
		if (this.rebuilding) {
			throw new ApiException(ErrorCode.SEARCH_INDEX_REBUILDING,
					"The search index is being rebuilt; search again shortly");
		}
		SearchCursor.Position after = (page.after() != null) ? SearchCursor.position(page.after()) : null;
		Query openSearchQuery = this.queries.of(query, criteria);
		stopIfAbandoned();
		refreshIfWritten();
		SearchResponse<StoredText> response = call(() -> this.client.search((search) -> {
			search.index(this.indexName)
				.query(openSearchQuery)
				.size(page.fetchSize())
				.sort(RANKING)
				.trackScores(true)
				.source((source) -> source
					.filter((filter) -> filter.includes(withSnippets ? SNIPPET_SOURCE : ID_ONLY)));
			if (after != null) {
				search.searchAfter(FieldValue.of((double) after.score()), FieldValue.of(after.briefingId()));
			}
			return search;
		}, StoredText.class));
		stopIfAbandoned();
		return hits(response.hits().hits(), query, withSnippets);
	}

	private List<SearchHit> hits(List<Hit<StoredText>> found, String query, boolean withSnippets) {
		List<Set<String>> queryTerms = withSnippets ? this.snippetWriter.termsOf(query) : List.of();
		List<SearchHit> hits = new ArrayList<>(found.size());
		for (Hit<StoredText> hit : found) {
			stopIfAbandoned();
			float score = (float) hit.sort().get(0).doubleValue();
			String id = Objects.requireNonNull(hit.id());
			StoredText text = hit.source();
			List<Snippet> snippets = (withSnippets && text != null)
					? this.snippetWriter.snippets(queryTerms, text.title(), text.body()) : List.of();
			hits.add(new SearchHit(id, score, SearchCursor.of(score, id), snippets));
		}
		return hits;
	}

	private static void stopIfAbandoned() {
		if (Thread.currentThread().isInterrupted()) {
			throw new ApiException(ErrorCode.REQUEST_TIMEOUT, "The search was stopped: its request timed out");
		}
	}

	@Override
	public long count() {
		refreshIfWritten();
		return call(() -> this.client.count((count) -> count.index(this.indexName))).count();
	}

	@Override
	public Map<String, Integer> versions() {
		refreshIfWritten();
		Map<String, Integer> versions = new HashMap<>();
		List<FieldValue> after = null;
		while (true) {
			List<FieldValue> from = after;
			SearchResponse<StoredVersion> page = call(() -> this.client.search((search) -> {
				search.index(this.indexName)
					.query((query) -> query.matchAll((all) -> all))
					.size(BULK_SIZE)
					.sort((sort) -> sort.field((field) -> field.field(SearchFields.ID).order(SortOrder.Asc)))
					.source((source) -> source
						.filter((filter) -> filter.includes(List.of(SearchFields.ID, SearchFields.VERSION))));
				if (from != null) {
					search.searchAfter(from);
				}
				return search;
			}, StoredVersion.class));
			List<Hit<StoredVersion>> hits = page.hits().hits();
			for (Hit<StoredVersion> hit : hits) {
				StoredVersion stored = Objects.requireNonNull(hit.source());
				versions.put(stored.id(), stored.version());
			}
			if (hits.size() < BULK_SIZE) {
				return versions;
			}
			after = hits.get(hits.size() - 1).sort();
		}
	}

	private void refreshIfWritten() {
		if (this.unrefreshedWrites.getAndSet(false)) {
			call(() -> this.client.indices().refresh((refresh) -> refresh.index(this.indexName)));
		}
	}

	private <T> T call(OpenSearchCall<T> call) {
		try {
			return call.run();
		}
		catch (IOException ex) {
			if (Thread.currentThread().isInterrupted()) {
				throw new ApiException(ErrorCode.REQUEST_TIMEOUT, "The search was stopped: its request timed out");
			}
			throw new ApiException(ErrorCode.UNAVAILABLE, "The search index cannot be reached; try again shortly");
		}
		catch (OpenSearchException ex) {
			throw new IllegalStateException("OpenSearch refused a request to index " + this.indexName, ex);
		}
	}

	@Override
	public void close() {
		closeQuietly(this.transport);
	}

	private static void closeQuietly(OpenSearchTransport transport) {
		try {
			transport.close();
		}
		catch (IOException ex) {
			logger.warn("Could not close the OpenSearch client", ex);
		}
	}

	/** A call to OpenSearch that may fail with an {@link IOException}. */
	@FunctionalInterface
	private interface OpenSearchCall<T> {

		T run() throws IOException;

	}

	/**
	 * The stored fields a search reads back: the id, and the text snippets are cut from.
	 */
	record StoredText(String id, String title, String body) {

	}

	/** The stored fields a catch-up reads back. */
	record StoredVersion(String id, int version) {

	}

}
