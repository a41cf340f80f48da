package app.briefings.security;

import app.briefings.TestApiKeys;
import app.briefings.TestMongo;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production settings of access: no anonymous reading, and actuator endpoints other
 * than health and info for admin keys only. A small context of its own, without sample
 * data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "briefings.security.anonymous-read=false", "briefings.security.actuator-requires-admin=true",
				"briefings.mongo.embedded.storage=memory", "briefings.sample-data.enabled=false",
				"briefings.security.bootstrap-api-key=" + ClosedReadingIntegrationTests.ADMIN_KEY })
@AutoConfigureHttpGraphQlTester
@Import(TestMongo.class)
class ClosedReadingIntegrationTests {

	static final String ADMIN_KEY = "closed-reading-admin";

	private static final String READ = "{ officials(first: 1) { totalCount } }";

	@Autowired
	HttpGraphQlTester anonymous;

	@Autowired
	WebTestClient http;

	@Test
	void shouldRefuseAnAnonymousRead() {
		this.anonymous.document(READ)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "UNAUTHENTICATED")));
	}

	@Test
	void shouldAcceptAReaderKey() {
		withKey(readerKey()).document(READ).execute().path("officials.totalCount").hasValue();
	}

	@Test
	void shouldKeepHealthAndInfoOpen() {
		this.http.get().uri("/actuator/health").exchange().expectStatus().isOk();
		this.http.get().uri("/actuator/info").exchange().expectStatus().isOk();
	}

	@Test
	void shouldKeepOtherActuatorEndpointsForAdmins() {
		this.http.get().uri("/actuator/prometheus").exchange().expectStatus().isEqualTo(HttpStatus.UNAUTHORIZED);
		this.http.get()
			.uri("/actuator/prometheus")
			.header("Authorization", "Bearer " + readerKey())
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.FORBIDDEN);
		this.http.get()
			.uri("/actuator/prometheus")
			.header("Authorization", "Bearer " + ADMIN_KEY)
			.exchange()
			.expectStatus()
			.isOk();
	}

	private String readerKey() {
		return TestApiKeys.create(this.anonymous, ADMIN_KEY, "closed-reader", "READER").secret();
	}

	private HttpGraphQlTester withKey(String secret) {
		return TestApiKeys.withKey(this.anonymous, secret);
	}

}
