package app.briefings.mongo;

import app.briefings.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Prometheus sees every MongoDB command the API sends, by command name. */
@IntegrationTest
class MongoMetricsIntegrationTests {

	@Autowired
	WebTestClient http;

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void shouldExposeDriverCommandTimingsByCommandName() {
		this.graphQl.document("{ officials(first: 1) { edges { cursor } } }").executeAndVerify();
		String scrape = this.http.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(scrape).containsPattern("mongodb_driver_commands_seconds_count\\{[^}]*command=\"find\"");
	}

}
