package app.briefings.graphql;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.persisted.PersistedQueryCache;
import graphql.execution.preparsed.persisted.PersistedQueryCacheMiss;
import graphql.execution.preparsed.persisted.PersistedQueryIdInvalid;
import graphql.execution.preparsed.persisted.PersistedQueryNotFound;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import org.jspecify.annotations.Nullable;

/**
 * Parsed and validated documents of automatic persisted queries, by their SHA-256 hash,
 * evicting the least recently used beyond a fixed number so that clients cannot grow it
 * without bound.
 */
class BoundedPersistedQueryCache implements PersistedQueryCache {

	private final Map<Object, PreparsedDocumentEntry> entries;

	BoundedPersistedQueryCache(int maxEntries) {
		this.entries = new LinkedHashMap<>(16, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<Object, PreparsedDocumentEntry> eldest) {
				return size() > maxEntries;
			}

		};
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getPersistedQueryDocumentAsync(Object persistedQueryId,
			ExecutionInput executionInput, PersistedQueryCacheMiss onCacheMiss) throws PersistedQueryNotFound {
		String query = executionInput.getQuery();
		boolean hashOnly = query == null || query.isBlank()
				|| query.equals(PersistedQuerySupport.PERSISTED_QUERY_MARKER);
		if (!hashOnly && !sha256(query).equalsIgnoreCase(String.valueOf(persistedQueryId))) {
			throw new PersistedQueryIdInvalid(persistedQueryId);
		}
		PreparsedDocumentEntry cached = find(persistedQueryId);
		if (cached != null) {
			return CompletableFuture.completedFuture(cached);
		}
		if (hashOnly) {
			throw new PersistedQueryNotFound(persistedQueryId);
		}
		PreparsedDocumentEntry parsed = onCacheMiss.apply(query);
		if (!parsed.hasErrors()) {
			store(persistedQueryId, parsed);
		}
		return CompletableFuture.completedFuture(parsed);
	}

	/** The cached document of a hash, or null. */
	synchronized @Nullable PreparsedDocumentEntry find(Object persistedQueryId) {
		return this.entries.get(persistedQueryId);
	}

	private synchronized void store(Object persistedQueryId, PreparsedDocumentEntry parsed) {
		this.entries.put(persistedQueryId, parsed);
	}

	private static String sha256(String query) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(query.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	synchronized int size() {
		return this.entries.size();
	}

}
