package app.briefings.graphql.http;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import app.briefings.IntegrationTest;
import app.briefings.graphql.persisted.PersistedQueryHash;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GET query answers carry an {@code ETag}, and a client that sends it back in
 * {@code If-None-Match} gets 304 with no body while the answer is unchanged, for plain
 * and persisted queries alike; POSTs and refusals carry none.
 */
@IntegrationTest
class EtagIntegrationTests {

	private static final String QUERY = "query EtagFeed { briefings(first: 2) { edges { node { id title } } } }";

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void shouldRevalidateAGetQueryWithItsEtag() throws Exception {
		String url = "?query=" + encode(QUERY);
		HttpResponse<String> first = send(get(url));
		assertThat(first.statusCode()).isEqualTo(200);
		String etag = first.headers().firstValue("ETag").orElseThrow();

		HttpResponse<String> revalidated = send(get(url).header("If-None-Match", etag));
		assertThat(revalidated.statusCode()).isEqualTo(304);
		assertThat(revalidated.body()).isEmpty();
		assertThat(revalidated.headers().firstValue("ETag")).hasValue(etag);
		assertThat(revalidated.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("max-age"));

		HttpResponse<String> stale = send(get(url).header("If-None-Match", "W/\"0000\""));
		assertThat(stale.statusCode()).isEqualTo(200);
		assertThat(json.readTree(stale.body()).path("data")).isEqualTo(json.readTree(first.body()).path("data"));
	}

	@Test
	void shouldRevalidateAPersistedQueryOverGet() throws Exception {
		String query = "query EtagPersisted { briefings(first: 1) { edges { node { id } } } }";
		String extensions = "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + PersistedQueryHash.of(query)
				+ "\"}}";
		send(HttpRequest.newBuilder(endpoint(""))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json
				.writeValueAsString(Map.of("query", query, "extensions", json.readValue(extensions, Map.class))))));
		String url = "?extensions=" + encode(extensions);

		HttpResponse<String> first = send(get(url));
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.body()).contains("edges");
		String etag = first.headers().firstValue("ETag").orElseThrow();

		HttpResponse<String> revalidated = send(get(url).header("If-None-Match", etag));
		assertThat(revalidated.statusCode()).isEqualTo(304);
		assertThat(revalidated.body()).isEmpty();
	}

	@Test
	void shouldGiveDifferentAnswersDifferentEtags() throws Exception {
		HttpResponse<String> one = send(get("?query=" + encode("query One { briefings(first: 1) { totalCount } }")));
		HttpResponse<String> two = send(
				get("?query=" + encode("query Two { briefings(first: 2) { edges { node { id } } } }")));
		assertThat(one.headers().firstValue("ETag")).isPresent();
		assertThat(one.headers().firstValue("ETag")).isNotEqualTo(two.headers().firstValue("ETag"));
	}

	@Test
	void shouldNotTagPostsOrRefusals() throws Exception {
		HttpResponse<String> post = send(HttpRequest.newBuilder(endpoint(""))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("query", QUERY)))));
		assertThat(post.statusCode()).isEqualTo(200);
		assertThat(post.headers().firstValue("ETag")).isEmpty();

		HttpResponse<String> refused = send(get("?query=" + encode("query Broken { noSuchField }")));
		assertThat(refused.headers().firstValue("ETag")).isEmpty();
	}

	private HttpRequest.Builder get(String query) {
		return HttpRequest.newBuilder(endpoint(query)).header("Accept", "application/graphql-response+json").GET();
	}

	private URI endpoint(String query) {
		return URI.create("http://127.0.0.1:" + this.port + "/graphql" + query);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return HttpClient.newHttpClient()
			.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
	}

}
