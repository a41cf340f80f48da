package app.briefings.graphql.persisted;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.briefings.GraphQlPosts;
import app.briefings.IntegrationTest;
import app.briefings.graphql.BriefingsGraphQlProperties;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anonymous clients registering large automatic persisted queries over HTTP cannot make
 * the cache hold more than its size bound: the oldest documents are evicted and answer
 * {@code PERSISTED_QUERY_NOT_FOUND} again.
 */
@IntegrationTest
class PersistedQuerySizeIntegrationTests {

	private static final int DOCUMENT_CHARACTERS = 900_000;

	@Autowired
	WebTestClient http;

	@Autowired
	BoundedPersistedQueryCache cache;

	@Autowired
	BriefingsGraphQlProperties properties;

	@Test
	void shouldEvictLargeDocumentsBeyondTheSizeBound() throws Exception {
		long maxBytes = this.properties.persistedQueries().maxSize().toBytes();
		int documents = (int) (maxBytes / DOCUMENT_CHARACTERS) + 8;
		List<String> hashes = new ArrayList<>();
		for (int i = 0; i < documents; i++) {
			String query = "# " + "x".repeat(DOCUMENT_CHARACTERS)
					+ "\n{ operations(first: 1) { edges { node { name } } } } # " + i;
			hashes.add(PersistedQueryHash.of(query));
			GraphQlPosts.postOk(this.http, Map.of("query", query, "extensions", persistedQuery(hashes.get(i))))
				.jsonPath("$.errors")
				.doesNotExist();
			assertThat(this.cache.retainedBytes()).isLessThanOrEqualTo(maxBytes);
		}
		GraphQlPosts.postOk(this.http, Map.of("extensions", persistedQuery(hashes.get(0))))
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("PERSISTED_QUERY_NOT_FOUND");
		GraphQlPosts.postOk(this.http, Map.of("extensions", persistedQuery(hashes.get(documents - 1))))
			.jsonPath("$.data.operations.edges")
			.isNotEmpty();
	}

	private static Map<String, Object> persistedQuery(String hash) {
		return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
	}

}
