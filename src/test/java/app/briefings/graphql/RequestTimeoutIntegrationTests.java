package app.briefings.graphql;

import java.time.Duration;
import java.util.Map;

import app.briefings.GraphQlHttp;
import app.briefings.mongo.EmbeddedMongoServer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request that runs longer than {@code briefings.graphql.request-timeout} gets
 * {@code REQUEST_TIMEOUT} at the deadline, not when the driver gives up. With the
 * database away, a query waits for the driver's 8 s server selection; the request timeout
 * here is 3 s, long enough that a quick request is not cut on a busy machine. Runs in its
 * own context on its own embedded server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "briefings.mongo.embedded.storage=memory", "briefings.sample-data.enabled=false",
				"briefings.graphql.request-timeout=3s", "briefings.mongo.timeouts.server-selection=8s" })
class RequestTimeoutIntegrationTests {

	private static final String FEED = "{ briefings(first: 5) { edges { node { id title } } } }";

	@Autowired
	EmbeddedMongoServer mongoServer;

	@LocalServerPort
	int port;

	@Test
	void shouldAnswerRequestTimeoutAtTheDeadlineWhileTheDatabaseHangs() throws Exception {
		GraphQlHttp graphQl = new GraphQlHttp(this.port, null);
		assertThat(graphQl.post(FEED, Map.of()).errors()).isEmpty();
		this.mongoServer.stopListening();
		try {
			long start = System.nanoTime();
			GraphQlHttp.Answer answer = graphQl.post(FEED, Map.of());
			Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
			System.out.printf("[timeout] HTTP %d %s after %d ms%n", answer.status(), answer.errorCodes(),
					elapsed.toMillis());
			assertThat(answer.status()).isEqualTo(200);
			assertThat(answer.errorCodes()).containsExactly("REQUEST_TIMEOUT");
			assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofSeconds(3)).isLessThan(Duration.ofMillis(6000));
		}
		finally {
			this.mongoServer.resumeListening();
		}
	}

	@Test
	void shouldAnswerQuickRequestsNormally() throws Exception {
		GraphQlHttp graphQl = new GraphQlHttp(this.port, null);
		String query = "{ officials(first: 1) { totalCount } }";
		// The context's first request loads and compiles the query path; on a loaded
		// machine that
		// alone can pass the limit, so the request checked here is the second.
		graphQl.post(query, Map.of());
		GraphQlHttp.Answer answer = graphQl.post(query, Map.of());
		assertThat(answer.errors()).isEmpty();
		assertThat(answer.data()).containsKey("officials");
	}

}
