package app.briefings.limits;

import java.util.Map;

import app.briefings.IntegrationTest;
import graphql.introspection.IntrospectionQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.MediaTypes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient.BodyContentSpec;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each abusive request the limits exist for, sent over real HTTP: each is refused before
 * it runs, with its status and code, while a normal query still answers.
 */
@IntegrationTest
class AttackIntegrationTests {

	private static final String NORMAL = "{ briefings(first: 5) { edges { node { title officials { name } } } } }";

	@Autowired
	WebTestClient http;

	@Test
	void shouldStillAnswerANormalQueryWithItsCost() {
		post(NORMAL, MediaTypes.APPLICATION_GRAPHQL_RESPONSE).expectStatus()
			.isOk()
			.expectHeader()
			.exists("X-RateLimit-Limit")
			.expectHeader()
			.exists("X-RateLimit-Remaining")
			.expectHeader()
			.exists("X-RateLimit-Reset")
			.expectBody()
			.jsonPath("$.errors")
			.doesNotExist()
			.jsonPath("$.data.briefings.edges")
			.isNotEmpty()
			.jsonPath("$.extensions.cost.requested")
			.isEqualTo(1)
			.jsonPath("$.extensions.cost.remaining")
			.isNumber()
			.jsonPath("$.extensions.cost.resetAt")
			.isNotEmpty();
	}

	@Test
	void shouldRefuseABodyOverTwoMegabytesWith413() {
		String padding = " ".repeat(2 * 1024 * 1024);
		this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"query\":\"{ __typename }\"" + padding + "}")
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("REQUEST_TOO_LARGE");
	}

	@Test
	void shouldRefuseMoreThanFiveThousandTokensFromAnAnonymousCaller() {
		refused(manyTokens(6000), "TOO_MANY_TOKENS").jsonPath("$.errors[0].message")
			.isEqualTo("The document has more than 5000 tokens; the limit is 5000");
	}

	@Test
	void shouldAllowMoreTokensToACallerWithAKey() {
		this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + IntegrationTest.API_KEY)
			.bodyValue(Map.of("query", manyTokens(6000)))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("BAD_USER_INPUT")
			.jsonPath("$.errors[0].message")
			.isEqualTo("nodes takes at most 100 ids");
	}

	@Test
	void shouldRefuseMoreThanFifteenThousandTokensFromACallerWithAKey() {
		this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaTypes.APPLICATION_GRAPHQL_RESPONSE)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + IntegrationTest.API_KEY)
			.bodyValue(Map.of("query", manyTokens(16000)))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("TOO_MANY_TOKENS");
	}

	@Test
	void shouldRefuseFieldsNestedDeeperThanTen() {
		String deep = "{ briefings(first: 1) { edges { node { officials { briefings(first: 1) { edges { node { "
				+ "officials { briefings(first: 1) { edges { node { title } } } } } } } } } } } }";
		refused(deep, "QUERY_TOO_DEEP").jsonPath("$.errors[0].message")
			.isEqualTo("The query is nested 12 levels deep; the limit is 10")
			.jsonPath("$.errors[0].extensions.limit")
			.isEqualTo(10)
			.jsonPath("$.errors[0].extensions.value")
			.isEqualTo(12);
	}

	@Test
	void shouldAllowTenLevels() {
		String ten = "{ briefings(first: 1) { edges { node { officials { briefings(first: 1) { edges { node { "
				+ "officials { name } } } } } } } } }";
		post(ten, MediaTypes.APPLICATION_GRAPHQL_RESPONSE).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.errors")
			.doesNotExist();
	}

	@Test
	void shouldRefuseMoreThanFifteenAliases() {
		refused("{ briefings(first: 1) { " + repeat("a%d: totalCount ", 16) + "} }", "TOO_MANY_ALIASES");
	}

	@Test
	void shouldRefuseMoreThanTwoHundredFields() {
		refused("{ briefings(first: 1) { edges { node { " + "title ".repeat(201) + "} } } }", "TOO_MANY_FIELDS")
			.jsonPath("$.errors[0].message")
			.isEqualTo("The query selects 204 fields; the limit is 200");
	}

	@Test
	void shouldCountFieldsOncePerFragmentSpread() {
		String fragments = "{ briefings(first: 1) { edges { node { " + "...T ".repeat(3) + "} } } } "
				+ "fragment T on Briefing { " + "title ".repeat(70) + "}";
		refused(fragments, "TOO_MANY_FIELDS");
	}

	@Test
	void shouldRefuseMoreThanAHundredThousandNodes() {
		String nodes = "{ briefings(first: 100) { edges { node { officials { briefings(first: 100) { edges { node { "
				+ "officials { briefings(first: 100) { totalCount } } } } } } } } } }";
		refused(nodes, "TOO_MANY_NODES").jsonPath("$.errors[0].extensions.value").isEqualTo(1_010_100);
	}

	@Test
	void shouldTakeConnectionSizesFromVariables() {
		String nodes = "query($n: Int) { briefings(first: $n) { edges { node { officials { briefings(first: $n) { "
				+ "edges { node { officials { briefings(first: $n) { totalCount } } } } } } } } } }";
		this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaTypes.APPLICATION_GRAPHQL_RESPONSE)
			.bodyValue(Map.of("query", nodes, "variables", Map.of("n", 50)))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("TOO_MANY_NODES")
			.jsonPath("$.errors[0].extensions.value")
			.isEqualTo(50 + 2500 + 125_000);
	}

	@Test
	void shouldStopExpandingFragmentBombs() {
		StringBuilder bomb = new StringBuilder("{ briefings(first: 1) { edges { node { ...F0 } } } }");
		for (int i = 0; i < 30; i++) {
			bomb.append(" fragment F")
				.append(i)
				.append(" on Briefing { ...F")
				.append(i + 1)
				.append(" ...F")
				.append(i + 1)
				.append(" }");
		}
		bomb.append(" fragment F30 on Briefing { title }");
		refused(bomb.toString(), "TOO_MANY_FIELDS");
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 101 })
	void shouldRefusePageSizesOutsideOneToAHundredBeforeExecution(int size) {
		refused("{ officials(first: 1) { edges { node { briefings(first: " + size + ") { totalCount } } } } }",
				"PAGE_SIZE_OUT_OF_RANGE")
			.jsonPath("$.errors[0].extensions.field")
			.isEqualTo("first");
	}

	@Test
	void shouldRefuseAJsonArrayBatch() {
		this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(" [{\"query\":\"{ __typename }\"},{\"query\":\"{ __typename }\"}]")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("BATCH_NOT_SUPPORTED");
	}

	@Test
	void shouldRefuseAMutationOverGet() {
		this.http.get()
			.uri((uri) -> uri.path("/graphql")
				.queryParam("query", "{query}")
				.build("mutation { ingestDocument(input: { text: \"x\" }) { duplicate } }"))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.METHOD_NOT_ALLOWED)
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("METHOD_NOT_ALLOWED");
	}

	@ParameterizedTest
	@ValueSource(strings = { "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
			"text/plain;charset=UTF-8" })
	void shouldRefuseTheBodiesAFormCanSendAcrossSites(String contentType) {
		this.http.post()
			.uri("/graphql")
			.header(HttpHeaders.CONTENT_TYPE, contentType)
			.bodyValue("query=%7B__typename%7D")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("UNSUPPORTED_MEDIA_TYPE");
	}

	@Test
	void shouldLetGraphiqlsIntrospectionQueryThroughDespiteItsDepth() {
		post(IntrospectionQuery.INTROSPECTION_QUERY, MediaTypes.APPLICATION_GRAPHQL_RESPONSE).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.errors")
			.doesNotExist()
			.jsonPath("$.data.__schema.queryType.name")
			.isEqualTo("Query");
	}

	@Test
	void shouldNeverShowStackTracesOrClassNames() {
		String body = this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"query\": ")
			.exchange()
			.expectStatus()
			.is4xxClientError()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(String.valueOf(body)).doesNotContain("Exception", "at app.", "at org.", "java.");
	}

	/** A document of about this many tokens: {@code nodes} with that many ids. */
	static String manyTokens(int tokens) {
		int ids = tokens - 10;
		StringBuilder query = new StringBuilder("{ nodes(ids: [");
		for (int i = 0; i < ids; i++) {
			query.append("\"x\" ");
		}
		return query.append("]) { id } }").toString();
	}

	private static String repeat(String format, int times) {
		StringBuilder repeated = new StringBuilder();
		for (int i = 0; i < times; i++) {
			repeated.append(format.formatted(i));
		}
		return repeated.toString();
	}

	private WebTestClient.ResponseSpec post(String query, MediaType accept) {
		return this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(accept)
			.bodyValue(Map.of("query", query))
			.exchange();
	}

	private BodyContentSpec refused(String query, String code) {
		post(query, MediaType.APPLICATION_JSON).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.data")
			.doesNotExist()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo(code);
		return post(query, MediaTypes.APPLICATION_GRAPHQL_RESPONSE).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors.length()")
			.isEqualTo(1)
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo(code);
	}

}
