package app.briefings.websocket;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

import app.briefings.IntegrationTest;
import jakarta.servlet.Filter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A graphql-ws upgrade goes from its checks straight to the handshake: it reaches no
 * servlet filter ordered after the upgrade filters (the observation, request context and
 * security filters, the dispatcher), while a plain request to the same path still does.
 * The keys, origins and caps of the upgrade are tested with the real handshake in
 * {@code WebSocketUpgradeSecurityIntegrationTests},
 * {@code WebSocketOriginIntegrationTests} and {@code WebSocketCapsIntegrationTests}.
 */
@IntegrationTest
@Import(UpgradeShortcutIntegrationTests.LaterFilter.class)
class UpgradeShortcutIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	AtomicInteger requestsPastTheUpgradeFilters;

	@Test
	void shouldUpgradeWithoutPassingTheLaterFilters() throws Exception {
		int before = this.requestsPastTheUpgradeFilters.get();
		try (GraphQlWsProbe probe = GraphQlWsProbe.open("127.0.0.1", this.port, IntegrationTest.API_KEY)) {
			assertThat(probe.status).isEqualTo(101);
			probe.initialize();
			probe.subscribe("1", "query Typename { __typename }");
			assertThat(probe.next().type()).isEqualTo("next");
		}
		assertThat(this.requestsPastTheUpgradeFilters.get()).isEqualTo(before);
	}

	@Test
	void shouldStillPassAPlainRequestToThePathThroughTheLaterFilters() throws Exception {
		int before = this.requestsPastTheUpgradeFilters.get();
		HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql")).GET().build(),
					HttpResponse.BodyHandlers.discarding());
		assertThat(this.requestsPastTheUpgradeFilters.get()).isEqualTo(before + 1);
	}

	/**
	 * Counts the requests to the GraphQL path that reach a filter of the default order.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class LaterFilter {

		@Bean
		AtomicInteger requestsPastTheUpgradeFilters() {
			return new AtomicInteger();
		}

		@Bean
		FilterRegistrationBean<Filter> countingFilter(AtomicInteger requestsPastTheUpgradeFilters) {
			Filter counting = (request, response, chain) -> {
				requestsPastTheUpgradeFilters.incrementAndGet();
				chain.doFilter(request, response);
			};
			FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(counting);
			registration.addUrlPatterns("/graphql");
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
			return registration;
		}

	}

}
