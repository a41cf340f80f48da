package app.briefings;

import java.util.Map;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Documents for integration tests: a wire report with a known official, organization and
 * operation, and ingestion as the shared test partner ({@link IntegrationTest#API_KEY}),
 * checking each is new.
 */
public final class TestDocuments {

	private TestDocuments() {
	}

	/**
	 * A two-paragraph wire report naming Imangali Tasmagambetov, the CSTO and Rubezh,
	 * with a quote of his; the marker makes its text unique.
	 */
	public static String wireReport(String marker) {
		return """
				MINSK, March 4 (BelTA) - CSTO Secretary General Imangali Tasmagambetov said the CSTO would hold \
				the Rubezh training in the autumn, report %s.
				"We are ready to host the contingents," Tasmagambetov told reporters after the meeting.
				""".formatted(marker);
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
