package app.briefings.mongo;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Readiness follows the database, liveness does not: with the embedded server stopped,
 * readiness turns DOWN while liveness stays UP, and both recover when it listens again.
 * Runs in its own context on its own embedded server, since it takes the database away.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "briefings.mongo.embedded.storage=memory", "briefings.sample-data.enabled=false" })
class HealthProbesIntegrationTests {

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
