package app.briefings.search;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search port's contract on a real OpenSearch node (one per test JVM, in a child
 * JVM), each test on an index of its own.
 */
class OpenSearchSearchIndexTests extends SearchIndexContractTests {

	private static final AtomicInteger indexes = new AtomicInteger();

	private static OpenSearchTestNode node;

	private String indexName;

	@BeforeAll
	static void startNode() {
		node = OpenSearchTestNode.shared();
	}

	@Override
	SearchIndex openIndex() {
		this.indexName = "briefings-contract-" + indexes.incrementAndGet();
		return OpenSearchSearchIndex.connect(node.url(), this.indexName);
	}

	@Override
	void closeIndex(SearchIndex index) {
		((OpenSearchSearchIndex) index).close();
		node.deleteIndex(this.indexName);
	}

	@Test
	void shouldKeepAnIndexOfTheSameSchemaAndCreateAMissingOneAnew() {
		try (OpenSearchSearchIndex created = OpenSearchSearchIndex.connect(node.url(), "briefings-schema-check")) {
			assertThat(created.rebuildNeeded()).isTrue();
		}
		try (OpenSearchSearchIndex reopened = OpenSearchSearchIndex.connect(node.url(), "briefings-schema-check")) {
			assertThat(reopened.rebuildNeeded()).isFalse();
		}
		finally {
			node.deleteIndex("briefings-schema-check");
		}
	}

}
