package app.briefings.graphql.http;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

import app.briefings.GraphQlPosts;
import app.briefings.IntegrationTest;
import app.briefings.graphql.persisted.PersistedQueryHash;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP side of the API as mobile clients use it: Apollo's automatic persisted
 * queries, queries over GET with cache hints, and no mutation over GET.
 */
@IntegrationTest
class HttpTransportIntegrationTests {

	private static final String QUERY = "{ operations(first: 3) { edges { node { name kind } } } }";

	@Autowired
	WebTestClient http;

	@Test
	void shouldRegisterAPersistedQueryOnItsFirstMissAndAnswerItsHashAlone() throws Exception {
		String hash = PersistedQueryHash.of(QUERY + " # registered");
		Map<String, Object> extensions = Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
		GraphQlPosts.postOk(this.http, Map.of("extensions", extensions))
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("PERSISTED_QUERY_NOT_FOUND")
			.jsonPath("$.errors[0].message")
			.isEqualTo("PersistedQueryNotFound");
		GraphQlPosts.postOk(this.http, Map.of("query", QUERY + " # registered", "extensions", extensions))
			.jsonPath("$.data.operations.edges")
			.isNotEmpty();
		GraphQlPosts.postOk(this.http, Map.of("extensions", extensions))
			.jsonPath("$.data.operations.edges")
			.isNotEmpty();
	}

	@Test
	void shouldRefuseAHashThatDoesNotMatchItsDocument() throws Exception {
		Map<String, Object> extensions = Map.of("persistedQuery",
				Map.of("version", 1, "sha256Hash", PersistedQueryHash.of("other")));
		GraphQlPosts.postOk(this.http, Map.of("query", QUERY, "extensions", extensions))
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("PERSISTED_QUERY_HASH_MISMATCH");
	}

	@Test
	void shouldAnswerAPersistedQueryOverGetWithAPublicCacheHint() throws Exception {
		String query = QUERY + " # over GET";
		String hash = PersistedQueryHash.of(query);
		String extensions = "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}";
		GraphQlPosts.postOk(this.http, Map.of("query", query, "extensions",
				Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash))));
		this.http.get()
			.uri(uri("extensions", extensions))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.cacheControl(CacheControl.maxAge(Duration.ofSeconds(30)).cachePublic())
			.expectBody()
			.jsonPath("$.data.operations.edges")
			.isNotEmpty();
	}

	@Test
	void shouldMarkAnswersToCallersWithAKeyPrivate() {
		this.http.get()
			.uri(uri("query", QUERY))
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + IntegrationTest.API_KEY)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value(HttpHeaders.CACHE_CONTROL,
					(value) -> assertThat(value).contains("private").doesNotContain("public"));
	}

	@Test
	void shouldNeverRunAMutationOverGet() {
		this.http.get()
			.uri(uri("query", "mutation { ingestDocument(input: { text: \"Go\" }) { duplicate } }"))
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + IntegrationTest.API_KEY)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.METHOD_NOT_ALLOWED)
			.expectHeader()
			.valueEquals(HttpHeaders.ALLOW, "POST")
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("METHOD_NOT_ALLOWED");
	}

	@Test
	void shouldRefuseVariablesThatAreNotJson() {
		this.http.get()
			.uri((builder) -> builder.path("/graphql")
				.queryParam("query", "{query}")
				.queryParam("variables", "{variables}")
				.build(QUERY, "not json"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("BAD_USER_INPUT");
	}

	@Test
	void shouldCodeABodyThatIsNotJson() {
		this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{not json")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("MALFORMED_REQUEST")
			.jsonPath("$.errors[0].message")
			.value((message) -> assertThat((String) message).doesNotContain("Exception"));
	}

	@Test
	void shouldCodeAnUnknownPath() {
		this.http.get()
			.uri("/no-such-page")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("NOT_FOUND");
	}

	private static Function<UriBuilder, URI> uri(String name, String value) {
		return (builder) -> builder.path("/graphql").queryParam(name, "{value}").build(value);
	}

}
