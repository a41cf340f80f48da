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
 * {@link #MAX_ENTRIES} of them (an arbitrary one leaves for a new one); the key holds the
 * parser's token limit, which differs between callers, so a document parsed under a
 * larger limit is never handed to a caller with a smaller one. Requests that use
 * automatic persisted queries go to that support, which keeps its own documents.
 */
final class ReusedDocuments implements PreparsedDocumentProvider {

	static final int MAX_ENTRIES = 500;

	static final int MAX_QUERY_CHARS = 16_384;

	private static final String PERSISTED_QUERY = "persistedQuery";

	private final PreparsedDocumentProvider persistedQueries;

	private final Map<Key, PreparsedDocumentEntry> documents = new ConcurrentHashMap<>();

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
		PreparsedDocumentEntry known = this.documents.get(key);
		if (known != null) {
			return CompletableFuture.completedFuture(known);
		}
		PreparsedDocumentEntry entry = parseAndValidate.apply(input);
		if (!entry.hasErrors()) {
			keep(key, entry);
		}
		return CompletableFuture.completedFuture(entry);
	}

	private void keep(Key key, PreparsedDocumentEntry entry) {
		Iterator<Key> held = this.documents.keySet().iterator();
		while (this.documents.size() >= MAX_ENTRIES && held.hasNext()) {
			held.next();
			held.remove();
		}
		this.documents.put(key, entry);
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

	/**
	 * What a kept document is found by.
	 *
	 * @param query the document's text
	 * @param maxTokens the token limit it was parsed under
	 */
	private record Key(String query, int maxTokens) {

	}

}
