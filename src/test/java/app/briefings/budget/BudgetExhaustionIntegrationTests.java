package app.briefings.budget;

import java.time.Instant;
import java.util.Map;

import app.briefings.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An anonymous budget of three points per hour kept in MongoDB, spent over HTTP, with
 * introspection closed to anonymous callers as in {@code prod}. A context of its own, so
 * the tiny budget touches no other test.
 */
@IntegrationTest
@TestPropertySource(properties = { "briefings.budget.per-address-per-hour=3", "briefings.budget.store=mongo",
		"briefings.security.introspection=authenticated" })
class BudgetExhaustionIntegrationTests {

	private static final String QUERY = "{ briefings(first: 1) { edges { node { title } } } }";

	@Autowired
	WebTestClient http;

	@Test
	void shouldCountDownTheBudgetAndThenAnswer429UntilTheReset() {
		for (int remaining = 2; remaining >= 0; remaining--) {
			post(QUERY).expectStatus()
				.isOk()
				.expectHeader()
				.valueEquals("X-RateLimit-Limit", "3")
				.expectHeader()
				.valueEquals("X-RateLimit-Remaining", Integer.toString(remaining))
				.expectBody()
				.jsonPath("$.extensions.cost.requested")
				.isEqualTo(1)
				.jsonPath("$.extensions.cost.remaining")
				.isEqualTo(remaining);
		}
		WebTestClient.ResponseSpec refused = post(QUERY);
		refused.expectStatus()
			.isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
			.expectHeader()
			.valueEquals("X-RateLimit-Remaining", "0")
			.expectHeader()
			.exists(HttpHeaders.RETRY_AFTER)
			.expectBody()
			.jsonPath("$.data")
			.doesNotExist()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("RATE_LIMITED")
			.jsonPath("$.errors[0].extensions.resetAt")
			.value((resetAt) -> assertThat(Instant.parse((String) resetAt)).isAfter(Instant.now()))
			.jsonPath("$.extensions.cost.remaining")
			.isEqualTo(0);
		this.http.get()
			.uri((uri) -> uri.path("/graphql").queryParam("query", "{query}").build(QUERY))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("RATE_LIMITED");
		post(QUERY, IntegrationTest.API_KEY).expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-RateLimit-Limit", "5000");
	}

	@Test
	void shouldCloseIntrospectionToAnonymousCallers() {
		post("{ __schema { queryType { name } } }").expectBody()
			.jsonPath("$.data")
			.doesNotExist()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("INTROSPECTION_DISABLED");
	}

	@Test
	void shouldOpenIntrospectionToCallersWithAKey() {
		post("{ __schema { queryType { name } } }", IntegrationTest.API_KEY).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.data.__schema.queryType.name")
			.isEqualTo("Query");
	}

	private WebTestClient.ResponseSpec post(String query) {
		return this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", query))
			.exchange();
	}

	private WebTestClient.ResponseSpec post(String query, String apiKey) {
		return this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + apiKey)
			.bodyValue(Map.of("query", query))
			.exchange();
	}

}
