package app.briefings.graphql;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import app.briefings.GraphQlHttp;
import app.briefings.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A subscription sent as a plain HTTP request, which can carry one answer only, is
 * refused with {@code SUBSCRIPTION_TRANSPORT_REQUIRED} and a pointer to graphql-ws and
 * server-sent events, instead of a 200 holding the internals of a stream that never runs.
 */
@IntegrationTest
class SubscriptionTransportIntegrationTests {

	private static final String SUBSCRIPTION = "subscription Published { briefingPublished { id title } }";

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void shouldRefuseASubscriptionPostedAsPlainJson() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(endpoint(""))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("query", SUBSCRIPTION)))));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).doesNotContain("upstreamPublisher").doesNotContain("\"data\"");
		assertRefusal(json.readTree(response.body()));
	}

	@Test
	void shouldRefuseASubscriptionPostedForAGraphQlResponse() throws Exception {
		GraphQlHttp.Answer answer = new GraphQlHttp(this.port, null).post(SUBSCRIPTION, Map.of());

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.errorCodes()).containsExactly("SUBSCRIPTION_TRANSPORT_REQUIRED");
	}

	@Test
	void shouldRefuseASubscriptionOverGetWithMethodNotAllowed() throws Exception {
		HttpResponse<String> response = send(
				HttpRequest.newBuilder(endpoint("?query=" + URLEncoder.encode(SUBSCRIPTION, StandardCharsets.UTF_8)))
					.header("Accept", "application/json")
					.GET());

		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Allow")).hasValue("POST");
		assertRefusal(json.readTree(response.body()));
	}

	@Test
	void shouldStillRefuseAMutationOverGetAsAMethodError() throws Exception {
		String mutation = "mutation Revoke { revokeApiKey(id: \"x\") { key { id } } }";
		HttpResponse<String> response = send(
				HttpRequest.newBuilder(endpoint("?query=" + URLEncoder.encode(mutation, StandardCharsets.UTF_8)))
					.GET());

		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(json.readTree(response.body()).path("errors").path(0).path("extensions").path("code").asString())
			.isEqualTo("METHOD_NOT_ALLOWED");
	}

	private static void assertRefusal(JsonNode body) {
		JsonNode error = body.path("errors").path(0);
		assertThat(error.path("extensions").path("code").asString()).isEqualTo("SUBSCRIPTION_TRANSPORT_REQUIRED");
		assertThat(error.path("message").asString()).contains("graphql-ws").contains("text/event-stream");
	}

	private URI endpoint(String query) {
		return URI.create("http://127.0.0.1:" + this.port + "/graphql" + query);
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return HttpClient.newHttpClient()
			.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
	}

}
