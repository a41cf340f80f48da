package app.briefings.security;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.cors.CorsConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/** CORS is closed unless origins are configured, and then open to those origins only. */
class CorsTests {

	@Test
	void shouldAllowNoOriginByDefault() {
		assertThat(SecurityConfiguration.corsSource(new CorsProperties(List.of()))
			.getCorsConfiguration(preflight("https://elsewhere.example"))).isNull();
	}

	@Test
	void shouldAllowOnlyTheConfiguredOrigins() {
		CorsConfiguration configuration = SecurityConfiguration
			.corsSource(new CorsProperties(List.of("https://app.example.org")))
			.getCorsConfiguration(preflight("https://app.example.org"));
		assertThat(configuration).isNotNull();
		assertThat(configuration.checkOrigin("https://app.example.org")).isEqualTo("https://app.example.org");
		assertThat(configuration.checkOrigin("https://elsewhere.example")).isNull();
		assertThat(configuration.checkHttpMethod(HttpMethod.POST)).isNotNull();
		assertThat(configuration.checkHeaders(List.of("Authorization"))).containsExactly("Authorization");
	}

	private static MockHttpServletRequest preflight(String origin) {
		MockHttpServletRequest request = new MockHttpServletRequest("OPTIONS", "/graphql");
		request.addHeader("Origin", origin);
		request.addHeader("Access-Control-Request-Method", "POST");
		return request;
	}

}
