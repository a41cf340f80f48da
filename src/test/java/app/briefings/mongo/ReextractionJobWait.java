package app.briefings.mongo;

import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Waits for a re-extraction job to end ({@code DONE} or {@code FAILED}) by reading its
 * status through {@code node}, for tests that record the commands the job sends.
 */
final class ReextractionJobWait {

	private static final int ATTEMPTS = 600;

	private ReextractionJobWait() {
	}

	static void until(GraphQlTester admin, String job) {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			String status = admin.document("query J($id: ID!) { node(id: $id) { ... on ReextractionJob { status } } }")
				.variable("id", job)
				.execute()
				.path("node.status")
				.entity(String.class)
				.get();
			if (status.equals("DONE") || status.equals("FAILED")) {
				return;
			}
			Thread.onSpinWait();
		}
		throw new AssertionError("Re-extraction job " + job + " did not finish");
	}

}
