package app.briefings.graphql.error;

import java.util.Map;

import app.briefings.IntegrationTest;
import app.briefings.graphql.node.GlobalId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Every error a client can provoke carries a stable {@code extensions.code}. */
@IntegrationTest
class ApiErrorsIntegrationTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	WebTestClient http;

	@ParameterizedTest
	@ValueSource(strings = { "officials(last: 0)", "organizations(last: 101)", "operations(last: -1)" })
	void shouldRefuseLastOutsideOneToAHundred(String field) {
		assertThat(singleErrorOf("{ " + field + " { edges { cursor } } }").getExtensions())
			.containsEntry("code", "PAGE_SIZE_OUT_OF_RANGE")
			.containsEntry("field", "last");
	}

	@Test
	void shouldRefuseFirstTogetherWithLast() {
		assertThat(singleErrorOf("{ briefings(first: 2, last: 2) { edges { cursor } } }").getExtensions())
			.containsEntry("code", "BAD_USER_INPUT")
			.containsEntry("field", "last");
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, -1, 101, 1000 })
	void shouldRefusePageSizesOutsideOneToAHundred(int first) {
		assertThat(singleErrorOf("{ briefings(first: " + first + ") { edges { cursor } } }").getExtensions())
			.containsEntry("code", "PAGE_SIZE_OUT_OF_RANGE")
			.containsEntry("field", "first");
	}

	@ParameterizedTest
	@ValueSource(strings = { "not-base64!", "", "bm9zZXBhcmF0b3I", "T2ZmaWNpYWw6" })
	void shouldRefuseMalformedIds(String id) {
		assertThat(singleErrorOf("{ node(id: \"" + id + "\") { id } }").getExtensions()).containsEntry("code",
				"INVALID_ID");
	}

	@Test
	void shouldRefuseAnIdOfAnotherType() {
		String organizationId = GlobalId.encode("Organization", "csto");
		ResponseError error = singleErrorOf("{ official(id: \"" + organizationId + "\") { name } }");
		assertThat(error.getExtensions()).containsEntry("code", "INVALID_ID");
		assertThat(error.getMessage()).contains("Official");
	}

	@Test
	void shouldRefuseMalformedCursors() {
		assertThat(singleErrorOf("{ officials(first: 2, after: \"%%%\") { edges { cursor } } }").getExtensions())
			.containsEntry("code", "INVALID_CURSOR");
	}

	@Test
	void shouldCodeParseErrors() {
		assertThat(singleErrorOf("{ briefings(first: 2 { edges } }").getExtensions()).containsEntry("code",
				"GRAPHQL_PARSE_FAILED");
	}

	@Test
	void shouldCodeValidationErrors() {
		assertThat(singleErrorOf("{ noSuchField }").getExtensions()).containsEntry("code", "GRAPHQL_VALIDATION_FAILED");
	}

	@Test
	void shouldAskForAnApiKeyToMutate() {
		ResponseError error = singleErrorOf("mutation { ingestDocument(input: { text: \"x\" }) { duplicate } }");
		assertThat(error.getExtensions()).containsEntry("code", "UNAUTHENTICATED");
	}

	@Test
	void shouldRefuseAWrongApiKeyWithStatus401() {
		this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.header("Authorization", "Bearer wrong-key")
			.bodyValue(Map.of("query", "{ __typename }"))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.UNAUTHORIZED)
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("INVALID_API_KEY");
	}

	@Test
	void shouldAnswerReadsWithoutAnApiKey() {
		this.graphQl.document("{ officials(first: 1) { edges { node { name } } } }")
			.execute()
			.path("officials.edges")
			.entityList(Object.class)
			.hasSize(1);
	}

	private ResponseError singleErrorOf(String document) {
		ResponseError[] found = new ResponseError[1];
		this.graphQl.document(document).execute().errors().satisfy((errors) -> {
			assertThat(errors).hasSize(1);
			found[0] = errors.get(0);
		});
		return found[0];
	}

}
