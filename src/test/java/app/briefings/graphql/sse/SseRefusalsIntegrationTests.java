package app.briefings.graphql.sse;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import app.briefings.GraphQlHttp;
import app.briefings.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Refusals over server-sent events keep their codes: a query or a mutation sent with
 * {@code Accept: text/event-stream} is refused before it runs, and a subscription that
 * fails validation says why, instead of the uncoded "SSE handler supports only
 * subscriptions".
 */
@IntegrationTest
class SseRefusalsIntegrationTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void shouldRefuseAQueryOverServerSentEventsWithACode() throws Exception {
		JsonNode event = firstEvent("{ briefings(first: 1) { totalCount } }", null);
		assertThat(codeOf(event)).isEqualTo("SUBSCRIPTIONS_ONLY");
	}

	@Test
	void shouldRefuseAMutationOverServerSentEventsBeforeItRuns() throws Exception {
		JsonNode event = firstEvent("""
				mutation { createApiKey(input: { partner: "sse-minted", roles: [READER] }) { secret } }""",
				IntegrationTest.API_KEY);
		assertThat(codeOf(event)).isEqualTo("SUBSCRIPTIONS_ONLY");
		GraphQlHttp.Answer keys = new GraphQlHttp(this.port, IntegrationTest.API_KEY)
			.post("{ apiKeys(first: 100) { edges { node { partner } } } }", Map.of());
		assertThat(keys.body().toString()).doesNotContain("sse-minted");
	}

	@Test
	void shouldSendTheCodeOfASubscriptionThatFailsValidation() throws Exception {
		JsonNode event = firstEvent("subscription { briefingPublished { noSuchField } }", null);
		assertThat(codeOf(event)).isEqualTo("GRAPHQL_VALIDATION_FAILED");
	}

	private JsonNode firstEvent(String document, String apiKey) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.header("Accept", "text/event-stream")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("query", document))));
		if (apiKey != null) {
			request.header("Authorization", "Bearer " + apiKey);
		}
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(request.build(), HttpResponse.BodyHandlers.ofString());
		List<String> data = response.body().lines().filter((line) -> line.startsWith("data:")).toList();
		assertThat(data).isNotEmpty();
		assertThat(response.body()).contains("event:complete");
		return json.readTree(data.get(0).substring("data:".length()));
	}

	private static String codeOf(JsonNode event) {
		return event.path("errors").path(0).path("extensions").path("code").asString();
	}

}
