package app.briefings.graphql.persisted;

import java.util.ArrayList;
import java.util.List;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The persisted-query cache stays within its bounds in bytes as well as in entries.
 */
class BoundedPersistedQueryCacheTests {

	private static final long MAX_BYTES = 1024 * 1024;

	@Test
	void shouldEvictTheLeastRecentlyUsedDocumentsOnceTheirSizeExceedsTheBound() throws Exception {
		BoundedPersistedQueryCache cache = new BoundedPersistedQueryCache(5000, MAX_BYTES);
		List<String> hashes = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			hashes.add(register(cache, paddedQuery(i, 100_000)));
			assertThat(cache.retainedBytes()).isLessThanOrEqualTo(MAX_BYTES);
		}
		assertThat(cache.size()).isBetween(2, 6);
		assertThat(cache.find(hashes.get(0))).isNull();
		assertThat(cache.find(hashes.get(19))).isNotNull();
	}

	@Test
	void shouldKeepTheDocumentsUsedRecentlyWhenEvictingBySize() throws Exception {
		BoundedPersistedQueryCache cache = new BoundedPersistedQueryCache(5000, MAX_BYTES);
		String first = register(cache, paddedQuery(0, 100_000));
		for (int i = 1; i < 20; i++) {
			register(cache, paddedQuery(i, 100_000));
			cache.getPersistedQueryDocumentAsync(first, input("", first), (query) -> {
				throw new AssertionError("The recently used document was evicted");
			});
		}
		assertThat(cache.find(first)).isNotNull();
	}

	@Test
	void shouldAnswerButNotKeepADocumentLargerThanTheWholeBound() throws Exception {
		BoundedPersistedQueryCache cache = new BoundedPersistedQueryCache(5000, MAX_BYTES);
		String small = register(cache, paddedQuery(0, 10));
		String query = paddedQuery(1, 600_000);
		PreparsedDocumentEntry answered = cache
			.getPersistedQueryDocumentAsync(PersistedQueryHash.of(query), input(query, PersistedQueryHash.of(query)),
					BoundedPersistedQueryCacheTests::parse)
			.join();
		assertThat(answered.hasErrors()).isFalse();
		assertThat(cache.find(PersistedQueryHash.of(query))).isNull();
		assertThat(cache.find(small)).isNotNull();
		assertThat(cache.retainedBytes()).isLessThanOrEqualTo(MAX_BYTES);
	}

	@Test
	void shouldStillEvictByCountWhenDocumentsAreSmall() throws Exception {
		BoundedPersistedQueryCache cache = new BoundedPersistedQueryCache(3, MAX_BYTES);
		String first = register(cache, paddedQuery(0, 10));
		for (int i = 1; i < 5; i++) {
			register(cache, paddedQuery(i, 10));
		}
		assertThat(cache.size()).isEqualTo(3);
		assertThat(cache.find(first)).isNull();
	}

	@Test
	void shouldEstimateAtLeastTheTextADocumentHolds() {
		String query = paddedQuery(0, 50_000);
		assertThat(RetainedSize.of(query, Parser.parse(query))).isGreaterThanOrEqualTo(query.length());
	}

	private static String register(BoundedPersistedQueryCache cache, String query) throws Exception {
		String hash = PersistedQueryHash.of(query);
		cache.getPersistedQueryDocumentAsync(hash, input(query, hash), BoundedPersistedQueryCacheTests::parse).join();
		return hash;
	}

	private static PreparsedDocumentEntry parse(String query) {
		return new PreparsedDocumentEntry(Parser.parse(query));
	}

	private static ExecutionInput input(String query, String hash) {
		return ExecutionInput.newExecutionInput(query).build();
	}

	private static String paddedQuery(int index, int padding) {
		return "# " + "x".repeat(padding) + "\n{ operations(first: " + (index % 100 + 1)
				+ ") { edges { node { name } } } }";
	}

}
