package app.briefings;

import java.time.Duration;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * GraphQL testers that wait up to a minute for an answer, for requests that ingest many
 * documents at once on a loaded machine (the testers' default is five seconds).
 */
public final class PatientTesters {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private PatientTesters() {
	}

	/** The tester, waiting up to a minute for each answer. */
	public static HttpGraphQlTester waitingAMinute(HttpGraphQlTester tester) {
		return tester.mutate()
			.webTestClient((client) -> client.responseTimeout(PATIENCE))
			.responseTimeout(PATIENCE)
			.build();
	}

}
