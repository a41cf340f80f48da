package app.briefings.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import app.briefings.GraphQlHttp;
import app.briefings.IntegrationTest;
import app.briefings.TestApiKeys;
import app.briefings.TestApiKeys.CreatedKey;
import app.briefings.live.LiveSubscribers;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A subscription over server-sent events made with a key ends with
 * {@code INVALID_API_KEY} within the re-check interval (5 s) once the key is revoked.
 */
@IntegrationTest
class SubscriptionKeysIntegrationTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext application;

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void shouldEndAServerSentEventsSubscriptionWhenItsKeyIsRevoked() throws Exception {
		GraphQlHttp admin = new GraphQlHttp(this.port, IntegrationTest.API_KEY);
		CreatedKey created = TestApiKeys.create(this.graphQl, IntegrationTest.API_KEY, "sse-subscriber", "READER");
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Accept", "text/event-stream")
			.header("Authorization", "Bearer " + created.secret())
			.POST(HttpRequest.BodyPublishers
				.ofString(json.writeValueAsString(Map.of("query", "subscription { briefingPublished { id } }"))))
			.build();
		int before = LiveSubscribers.count(this.application);
		CompletableFuture<HttpResponse<String>> stream = HttpClient.newHttpClient()
			.sendAsync(request, HttpResponse.BodyHandlers.ofString());
		await().atMost(Duration.ofSeconds(10)).until(() -> LiveSubscribers.count(this.application) > before);
		assertThat(stream).isNotDone();
		admin.post("mutation Revoke($id: ID!) { revokeApiKey(id: $id) { key { id } } }", Map.of("id", created.id()));
		long revokedAt = System.nanoTime();
		HttpResponse<String> ended = stream.get(10, TimeUnit.SECONDS);
		assertThat(Duration.ofNanos(System.nanoTime() - revokedAt)).isLessThanOrEqualTo(Duration.ofSeconds(6));
		assertThat(ended.body()).contains("\"code\":\"INVALID_API_KEY\"").contains("event:complete");
	}

}
