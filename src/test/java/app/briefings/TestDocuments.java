package app.briefings;

import java.util.Map;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Ingests documents for integration tests as the shared test partner
 * ({@link IntegrationTest#API_KEY}), checking each is new.
 */
public final class TestDocuments {

	private TestDocuments() {
	}

	/** Ingests a text that was not ingested before and fails if it was. */
	public static void ingestNew(HttpGraphQlTester tester, String text) {
		TestApiKeys.withKey(tester, IntegrationTest.API_KEY)
			.documentName("ingestDocument")
			.variable("input", Map.of("text", text))
			.execute()
			.path("ingestDocument.duplicate")
			.entity(Boolean.class)
			.isEqualTo(false);
	}

}
