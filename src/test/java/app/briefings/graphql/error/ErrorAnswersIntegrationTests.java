package app.briefings.graphql.error;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import app.briefings.IntegrationTest;
import app.briefings.TestApiKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answers to requests the API refuses are coded and readable: a body that is not
 * JSON, a refused connection that selects {@code totalCount}, values of the wrong type.
 */
@IntegrationTest
class ErrorAnswersIntegrationTests {

	private static final Pattern JAVA_NAMES = Pattern
		.compile("[A-Z][A-Za-z]*(Value|Reference)\\{|LinkedHashMap|ArrayList|HashMap|java\\.|Integer|BigDecimal");

	@Autowired
	HttpGraphQlTester anonymous;

	@Autowired
	WebTestClient http;

	@ParameterizedTest
	@ValueSource(strings = { "", "application/xml", "text/xml", "application/graphql" })
	void shouldRefuseBodiesThatAreNotJsonWithACodedAnswer(String contentType) {
		WebTestClient.RequestBodySpec request = this.http.post().uri("/graphql");
		if (!contentType.isEmpty()) {
			request.header(HttpHeaders.CONTENT_TYPE, contentType);
		}
		request.bodyValue("{ __typename }".getBytes())
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("UNSUPPORTED_MEDIA_TYPE")
			.jsonPath("$.errors[0].message")
			.value(String.class, (message) -> assertThat(message).contains("application/json")
				.doesNotContain("application/graphql"));
	}

	@Test
	void shouldAnswerARefusedConnectionWithTotalCountWithOneError() {
		String reader = createKey("totalcount-reader", "READER");
		List<ResponseError> errors = this.anonymous.mutate()
			.header("Authorization", "Bearer " + reader)
			.build()
			.document("{ apiKeys(first: 1) { totalCount edges { cursor } } }")
			.execute()
			.returnResponse()
			.getErrors();
		assertThat(errors).singleElement()
			.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "FORBIDDEN"));
	}

	@Test
	void shouldNotNameJavaClassesForAnObjectWhereAStringIsExpected() {
		assertReadable(this.anonymous.document("query($id: ID!) { node(id: $id) { id } }")
			.variable("id", Map.of("nested", 1))
			.execute()
			.returnResponse()
			.getErrors());
	}

	@Test
	void shouldNotNameJavaClassesForAListWhereAStringIsExpected() {
		assertReadable(this.anonymous.document("query($id: ID!) { node(id: $id) { id } }")
			.variable("id", List.of(1, 2))
			.execute()
			.returnResponse()
			.getErrors());
	}

	@Test
	void shouldNotNameJavaClassesForVariablesOfTheWrongScalarType() {
		assertReadable(this.anonymous.document("query($first: Int) { briefings(first: $first) { edges { cursor } } }")
			.variable("first", Map.of("nested", 1))
			.execute()
			.returnResponse()
			.getErrors());
		assertReadable(this.anonymous
			.document("query($filter: BriefingFilter) { briefings(first: 1, filter: $filter) { edges { cursor } } }")
			.variable("filter", Map.of("language", List.of("en")))
			.execute()
			.returnResponse()
			.getErrors());
		assertReadable(this.anonymous
			.document("query($filter: BriefingFilter) { briefings(first: 1, filter: $filter) { edges { cursor } } }")
			.variable("filter", Map.of("sources", Map.of("a", 2.5)))
			.execute()
			.returnResponse()
			.getErrors());
	}

	@ParameterizedTest
	@ValueSource(strings = { "{ briefings(first: \"five\") { edges { cursor } } }",
			"{ briefings(first: 5, filter: { language: 5 }) { edges { cursor } } }",
			"{ node(id: { nested: [1, 2.5, true, null, ENUM] }) { id } }", "{ node(id: 5) { id } }" })
	void shouldNotNameJavaClassesForLiteralsOfTheWrongType(String document) {
		assertReadable(this.anonymous.document(document).execute().returnResponse().getErrors());
	}

	private static void assertReadable(List<ResponseError> errors) {
		assertThat(errors).isNotEmpty().allSatisfy((error) -> {
			assertThat(error.getExtensions()).containsKey("code");
			assertThat(error.getMessage()).doesNotContainPattern(JAVA_NAMES);
		});
	}

	private String createKey(String partner, String role) {
		return TestApiKeys.create(this.anonymous, partner, role);
	}

}
