package app.briefings.mongo;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import app.briefings.DatabaseOutageTest;
import app.briefings.GraphQlHttp;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Readiness follows the database, liveness does not: with the embedded server stopped,
 * readiness turns DOWN while liveness stays UP, reads and mutations fail fast with the
 * coded {@code UNAVAILABLE} error, and everything recovers by itself when it listens
 * again. Shares the outage context (see {@link DatabaseOutageTest}), since it takes the
 * database away.
 */
@DatabaseOutageTest
class HealthProbesIntegrationTests {

	private static final String FEED = "{ briefings(first: 5) { edges { node { id title officials { name } } } } }";

	private static final String INGEST = """
			mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { duplicate briefings { id } } }""";

	private static final Duration FAIL_FAST_BOUND = Duration.ofSeconds(10);

	private static final Duration RECOVERY_BOUND = Duration.ofSeconds(5);

	@Autowired
	EmbeddedMongoServer mongoServer;

	@LocalServerPort
	int port;

	@Test
	void shouldReportReadinessDownAndLivenessUpWhileTheDatabaseIsAway() {
		WebTestClient http = WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + this.port)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
		expectStatus(http, "/actuator/health", 200, "UP");
		this.mongoServer.stopListening();
		try {
			expectStatus(http, "/actuator/health/readiness", 503, "DOWN");
			expectStatus(http, "/actuator/health/liveness", 200, "UP");
		}
		finally {
			this.mongoServer.resumeListening();
		}
		expectStatus(http, "/actuator/health/readiness", 200, "UP");
	}

	@Test
	void shouldAnswerReadsAndMutationsWithUnavailableWithinSecondsAndRecoverByItself() throws Exception {
		GraphQlHttp graphQl = new GraphQlHttp(this.port, DatabaseOutageTest.API_KEY);
		assertThat(graphQl.post(FEED, Map.of()).errors()).isEmpty();
		this.mongoServer.stopListening();
		try {
			expectUnavailableFast(graphQl, "read", FEED, Map.of());
			expectUnavailableFast(graphQl, "mutation", INGEST,
					Map.of("input", Map.of("text",
							"Russian Foreign Minister Sergey Lavrov said that the CSTO would meet in the autumn.",
							"externalId", "outage-1")));
		}
		finally {
			this.mongoServer.resumeListening();
		}
		long resumed = System.nanoTime();
		GraphQlHttp.Answer answer = await().atMost(RECOVERY_BOUND)
			.pollDelay(Duration.ZERO)
			.pollInterval(Duration.ofMillis(100))
			.until(() -> graphQl.post(FEED, Map.of()), (polled) -> polled.errors().isEmpty());
		Duration recovery = elapsedSince(resumed);
		System.out.printf("[outage] service answered again %d ms after the database came back%n", recovery.toMillis());
		assertThat(answer.errors()).isEmpty();
		assertThat(recovery).isLessThan(RECOVERY_BOUND);
	}

	private static void expectUnavailableFast(GraphQlHttp graphQl, String kind, String document,
			Map<String, Object> variables) throws IOException {
		long start = System.nanoTime();
		GraphQlHttp.Answer answer = graphQl.post(document, variables);
		Duration elapsed = elapsedSince(start);
		System.out.printf("[outage] %s answered HTTP %d %s in %d ms%n", kind, answer.status(), answer.errorCodes(),
				elapsed.toMillis());
		assertThat(answer.errorCodes()).isNotEmpty().containsOnly("UNAVAILABLE");
		assertThat(elapsed).isLessThan(FAIL_FAST_BOUND);
	}

	private static Duration elapsedSince(long nanoTime) {
		return Duration.ofNanos(System.nanoTime() - nanoTime);
	}

	@Test
	void shouldReportTheDatabaseInTheHealthDetails() {
		WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + this.port)
			.build()
			.get()
			.uri("/actuator/health")
			.exchange()
			.expectBody()
			.jsonPath("$.components.mongo.status")
			.isEqualTo("UP");
	}

	private static void expectStatus(WebTestClient http, String path, int httpStatus, String status) {
		http.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isEqualTo(httpStatus)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(status);
	}

}
