package app.briefings.limits;

import java.util.Map;

import app.briefings.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks of graphql-cop (dolevf/graphql-cop, {@code lib/tests/*.py}), one test each,
 * sending graphql-cop's own probe and asserting this API's answer. Three are
 * informational and answered on purpose: GET queries (read-only and cacheable; mutations
 * never run over GET), introspection (open by default, closed to anonymous callers in
 * {@code prod}) and GraphiQL (served at {@code /graphiql} for developers).
 */
@IntegrationTest
class GraphqlCopIntegrationTests {

	@Autowired
	WebTestClient http;

	@Test
	void aliasOverloadingIsRefused() {
		StringBuilder aliases = new StringBuilder();
		for (int i = 0; i <= 100; i++) {
			aliases.append("alias").append(i).append(":__typename \n");
		}
		postJson("query { " + aliases + " }").jsonPath("$.data")
			.doesNotExist()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("TOO_MANY_ALIASES");
	}

	@Test
	void arrayBatchesAreRefused() {
		this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("[{\"query\":\"query { __typename }\"},{\"query\":\"query { __typename }\"}]")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("BATCH_NOT_SUPPORTED");
	}

	@Test
	void fieldSuggestionsAreNotOffered() {
		String body = postJsonForString("query { __schema { directive } }");
		assertThat(body).contains("GRAPHQL_VALIDATION_FAILED").doesNotContain("Did you mean");
	}

	/**
	 * graphql-java refuses the unknown directives in validation, before anything runs,
	 * with one error per directive: graphql-cop, which counts exactly ten errors, still
	 * flags this. The work is bounded by the token limit.
	 */
	@Test
	void directiveOverloadingIsRefusedWithoutRunning() {
		postJson("query { __typename @aa@aa@aa@aa@aa@aa@aa@aa@aa@aa }").jsonPath("$.data")
			.doesNotExist()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("GRAPHQL_VALIDATION_FAILED");
	}

	@Test
	void circularIntrospectionIsRefusedByTheGoodFaithCheck() {
		postJson(
				"query { __schema { types { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } }")
			.jsonPath("$.data.__schema")
			.doesNotExist()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("BAD_FAITH_INTROSPECTION");
	}

	@Test
	void circularFragmentsAreRefused() {
		postJson(
				"query { __schema { ...A } } fragment A on __Schema { __typename ...B } fragment B on __Schema { ...A }")
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("GRAPHQL_VALIDATION_FAILED");
	}

	@Test
	void getQueriesAnswerOnPurposeButNeverMutate() {
		this.http.get()
			.uri((uri) -> uri.path("/graphql").queryParam("query", "{query}").build("{__typename}"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.data.__typename")
			.isEqualTo("Query");
	}

	@Test
	void getBasedMutationsAreRefused() {
		this.http.get()
			.uri((uri) -> uri.path("/graphql")
				.queryParam("query", "{query}")
				.build("mutation { ingestDocument(input: { text: \"x\" }) { duplicate } }"))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
	}

	@Test
	void postBasedUrlEncodedQueriesAreRefused() {
		this.http.post()
			.uri((uri) -> uri.path("/graphql").queryParam("query", "{query}").build("query {__typename}"))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.expectBody()
			.jsonPath("$.data")
			.doesNotExist()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("UNSUPPORTED_MEDIA_TYPE");
	}

	@Test
	void traceModeIsOff() {
		String body = postJsonForString("query { __typename }");
		assertThat(body.toLowerCase()).doesNotContain("tracing", "stacktrace", "exception");
	}

	@Test
	void unhandledErrorsShowNoException() {
		String body = postJsonForString("qwerty cop { abc }");
		assertThat(body).contains("GRAPHQL_PARSE_FAILED");
		assertThat(body.toLowerCase()).doesNotContain("exception", "stacktrace");
	}

	@Test
	void introspectionIsOpenByDefault() {
		postJson("query { __schema { queryType { name } } }").jsonPath("$.data.__schema.queryType.name")
			.isEqualTo("Query");
	}

	@Test
	void graphiqlIsServedOnPurpose() {
		String page = this.http.get()
			.uri("/graphiql?path=/graphql")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).containsIgnoringCase("graphiql");
	}

	@Test
	void fieldDuplicationIsRefused() {
		postJson("query { " + "__typename \n".repeat(500) + "} ").jsonPath("$.data")
			.doesNotExist()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("TOO_MANY_FIELDS");
	}

	private WebTestClient.BodyContentSpec postJson(String query) {
		return this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", query))
			.exchange()
			.expectBody();
	}

	private String postJsonForString(String query) {
		return String.valueOf(this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", query))
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody());
	}

}
