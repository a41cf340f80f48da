package app.briefings.search;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every test of {@link SearchIntegrationTests}, over HTTP, on an application whose search
 * index is an OpenSearch index on the tests' OpenSearch node
 * ({@code briefings.search.engine=opensearch}).
 */
class OpenSearchSearchIntegrationTests extends SearchIntegrationTests {

	@DynamicPropertySource
	static void useOpenSearch(DynamicPropertyRegistry registry) {
		registry.add("briefings.search.engine", () -> "opensearch");
		registry.add("briefings.search.opensearch.url", () -> OpenSearchTestNode.shared().url().toString());
		registry.add("briefings.search.opensearch.index", () -> "briefings-integration");
	}

	@Autowired
	SearchIndex searchIndex;

	/**
	 * The index is new at the application's start, so it is built from MongoDB in the
	 * background (searches answer {@code SEARCH_INDEX_REBUILDING} meanwhile); the
	 * inherited tests begin once it is built.
	 */
	@BeforeEach
	void awaitTheFirstBuild() {
		await().atMost(Duration.ofMinutes(2)).until(() -> !this.searchIndex.rebuilding());
	}

	@Test
	void shouldSearchOnOpenSearch() {
		assertThat(this.searchIndex).isInstanceOf(OpenSearchSearchIndex.class);
	}

}
