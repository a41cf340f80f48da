package app.briefings.graphql.persisted;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
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
 * evicting the least recently used beyond a number of entries and beyond an estimate of
 * the heap they hold, so that clients cannot grow it without bound by count or by size. A
 * document whose estimate alone exceeds the size bound is answered but not kept.
 */
public class BoundedPersistedQueryCache implements PersistedQueryCache {

	private final Map<Object, Cached> entries = new LinkedHashMap<>(16, 0.75f, true);

	private final int maxEntries;

	private final long maxBytes;

	private long retainedBytes;

	BoundedPersistedQueryCache(int maxEntries, long maxBytes) {
		this.maxEntries = maxEntries;
		this.maxBytes = maxBytes;
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
			store(persistedQueryId, new Cached(parsed, RetainedSize.of(query, parsed.getDocument())));
		}
		return CompletableFuture.completedFuture(parsed);
	}

	/** The cached document of a hash, or null. */
	public synchronized @Nullable PreparsedDocumentEntry find(Object persistedQueryId) {
		Cached cached = this.entries.get(persistedQueryId);
		return (cached != null) ? cached.entry() : null;
	}

	private synchronized void store(Object persistedQueryId, Cached cached) {
		if (cached.bytes() > this.maxBytes) {
			return;
		}
		Cached replaced = this.entries.put(persistedQueryId, cached);
		if (replaced != null) {
			this.retainedBytes -= replaced.bytes();
		}
		this.retainedBytes += cached.bytes();
		evictBeyondBounds();
	}

	private void evictBeyondBounds() {
		Iterator<Cached> eldestFirst = this.entries.values().iterator();
		while (this.entries.size() > this.maxEntries || this.retainedBytes > this.maxBytes) {
			this.retainedBytes -= eldestFirst.next().bytes();
			eldestFirst.remove();
		}
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

	/** The estimated heap held by the cached documents. */
	synchronized long retainedBytes() {
		return this.retainedBytes;
	}

	/** A cached document with the estimate of the heap it holds. */
	private record Cached(PreparsedDocumentEntry entry, long bytes) {

	}

}
