package app.briefings.graphql.persisted;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.parser.ParserOptions;

/**
 * Parses and validates a document sent in full once, and hands later requests with the
 * same text and the same parser limits the same document: a burst of 1,000 phones
 * resuming one subscription parsed and validated the same text 1,000 times. Only valid
 * documents of at most {@link #MAX_QUERY_CHARS} characters are kept, at most
 * {@link #MAX_ENTRIES} of them and at most {@link #MAX_BYTES} of estimated heap
 * ({@link RetainedSize}; arbitrary ones leave for a new one); the key holds the parser's
 * token limit, which differs between callers, so a document parsed under a larger limit
 * is never handed to a caller with a smaller one. Requests that use automatic persisted
 * queries go to that support, which keeps its own documents.
 */
final class ReusedDocuments implements PreparsedDocumentProvider {

	static final int MAX_ENTRIES = 500;

	static final int MAX_QUERY_CHARS = 16_384;

	static final long MAX_BYTES = 8L * 1024 * 1024;

	private static final String PERSISTED_QUERY = "persistedQuery";

	private final PreparsedDocumentProvider persistedQueries;

	private final Map<Key, Held> documents = new ConcurrentHashMap<>();

	private long bytes;

	ReusedDocuments(PreparsedDocumentProvider persistedQueries) {
		this.persistedQueries = persistedQueries;
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		if (input.getExtensions().containsKey(PERSISTED_QUERY)) {
			return this.persistedQueries.getDocumentAsync(input, parseAndValidate);
		}
		String query = input.getQuery();
		if (query.length() > MAX_QUERY_CHARS) {
			return CompletableFuture.completedFuture(parseAndValidate.apply(input));
		}
		Key key = new Key(query, maxTokensOf(input));
		Held known = this.documents.get(key);
		if (known != null) {
			return CompletableFuture.completedFuture(known.entry());
		}
		PreparsedDocumentEntry entry = parseAndValidate.apply(input);
		if (!entry.hasErrors()) {
			keep(key, entry);
		}
		return CompletableFuture.completedFuture(entry);
	}

	private synchronized void keep(Key key, PreparsedDocumentEntry entry) {
		long size = RetainedSize.of(key.query(), entry.getDocument());
		if (size > MAX_BYTES || this.documents.containsKey(key)) {
			return;
		}
		Iterator<Map.Entry<Key, Held>> held = this.documents.entrySet().iterator();
		while ((this.documents.size() >= MAX_ENTRIES || this.bytes + size > MAX_BYTES) && held.hasNext()) {
			this.bytes -= held.next().getValue().bytes();
			held.remove();
		}
		this.documents.put(key, new Held(entry, size));
		this.bytes += size;
	}

	private static int maxTokensOf(ExecutionInput input) {
		ParserOptions options = input.getGraphQLContext().get(ParserOptions.class);
		return (options != null) ? options.getMaxTokens()
				: ParserOptions.getDefaultOperationParserOptions().getMaxTokens();
	}

	/** How many documents are held. */
	int size() {
		return this.documents.size();
	}

	/** The estimated heap of the documents held. */
	synchronized long bytes() {
		return this.bytes;
	}

	/**
	 * A kept document with its estimated heap.
	 *
	 * @param entry the parsed and validated document
	 * @param bytes its estimate
	 */
	private record Held(PreparsedDocumentEntry entry, long bytes) {

	}

	/**
	 * What a kept document is found by.
	 *
	 * @param query the document's text
	 * @param maxTokens the token limit it was parsed under
	 */
	private record Key(String query, int maxTokens) {

	}

}
