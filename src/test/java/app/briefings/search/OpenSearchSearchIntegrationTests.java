package app.briefings.search;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

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

	@Test
	void shouldSearchOnOpenSearch() {
		assertThat(this.searchIndex).isInstanceOf(OpenSearchSearchIndex.class);
	}

}
