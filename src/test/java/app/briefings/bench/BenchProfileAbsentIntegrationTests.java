package app.briefings.bench;

import app.briefings.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Without the profile {@code bench}, the REST twin of the feed does not exist. */
@IntegrationTest
class BenchProfileAbsentIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	WebTestClient http;

	@Test
	void shouldHaveNoRestTwinOutsideTheBenchProfile() {
		assertThat(this.context.getEnvironment().getActiveProfiles()).doesNotContain("bench");
		assertThat(this.context.getBeansOfType(RestFeedController.class)).isEmpty();
		assertThat(this.context.getBeansOfType(RestFeedReader.class)).isEmpty();
		this.http.get().uri("/bench/rest/feed?first=20").exchange().expectStatus().isNotFound();
	}

}
