package app.briefings.security;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.CorsFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * A graphql-ws upgrade reaches its handshake only past the browser origin check and the
 * API key check, exactly as the HTTP chain decides them, and leaves no caller behind.
 */
class WebSocketUpgradeChecksTests {

	private static final String ALLOWED_ORIGIN = "https://app.example.org";

	private final CallerAuthenticator authenticator = mock(CallerAuthenticator.class);

	private final WebSocketUpgradeChecks checks = new WebSocketUpgradeChecks("/graphql",
			new CorsFilter(SecurityConfiguration.corsSource(new CorsProperties(List.of(ALLOWED_ORIGIN)))),
			new ApiKeyAuthenticationFilter(this.authenticator));

	private final AtomicReference<Authentication> seenByHandshake = new AtomicReference<>();

	private boolean handshakeRan;

	@AfterEach
	void clearCaller() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void shouldTellAnUpgradeOfTheGraphQlWsPathFromOtherRequests() {
		assertThat(this.checks.isUpgrade(upgrade(null, null))).isTrue();
		MockHttpServletRequest plainGet = new MockHttpServletRequest("GET", "/graphql");
		assertThat(this.checks.isUpgrade(plainGet)).isFalse();
		MockHttpServletRequest otherPath = upgrade(null, null);
		otherPath.setRequestURI("/graphql/other");
		assertThat(this.checks.isUpgrade(otherPath)).isFalse();
		MockHttpServletRequest post = upgrade(null, null);
		post.setMethod("POST");
		assertThat(this.checks.isUpgrade(post)).isFalse();
	}

	@Test
	void shouldRefuseAnUnknownKeyWithACodedErrorBeforeTheHandshake() throws Exception {
		given(this.authenticator.check("Bearer nope")).willReturn(new KeyCheck.Refused());
		MockHttpServletResponse response = check(upgrade("Bearer nope", null));
		assertThat(this.handshakeRan).isFalse();
		assertThat(response.getStatus()).isEqualTo(401);
		assertThat(response.getContentAsString()).contains("\"code\":\"INVALID_API_KEY\"");
	}

	@Test
	void shouldRefuseABrowserOriginThatIsNotAllowedBeforeTheHandshake() throws Exception {
		given(this.authenticator.check(null)).willReturn(new KeyCheck.NoKey());
		MockHttpServletResponse response = check(upgrade(null, "https://elsewhere.example"));
		assertThat(this.handshakeRan).isFalse();
		assertThat(response.getStatus()).isEqualTo(403);
	}

	@Test
	void shouldRunTheHandshakeForAnAllowedOriginWithoutAKey() throws Exception {
		given(this.authenticator.check(null)).willReturn(new KeyCheck.NoKey());
		MockHttpServletResponse response = check(upgrade(null, ALLOWED_ORIGIN));
		assertThat(this.handshakeRan).isTrue();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(this.seenByHandshake.get()).isNull();
	}

	@Test
	void shouldRunTheHandshakeAsTheKeysCallerAndForgetTheCallerAfterIt() throws Exception {
		Authentication caller = UsernamePasswordAuthenticationToken.authenticated("partner", "Bearer good", List.of());
		given(this.authenticator.check("Bearer good")).willReturn(new KeyCheck.Accepted(caller));
		check(upgrade("Bearer good", null));
		assertThat(this.handshakeRan).isTrue();
		assertThat(this.seenByHandshake.get()).isSameAs(caller);
		assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
	}

	private MockHttpServletResponse check(MockHttpServletRequest request) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.checks.check(request, response, (checked, answer) -> {
			this.handshakeRan = true;
			this.seenByHandshake.set(SecurityContextHolder.getContext().getAuthentication());
		});
		return response;
	}

	private static MockHttpServletRequest upgrade(String authorization, String origin) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/graphql");
		request.setServerName("127.0.0.1");
		request.setServerPort(8080);
		request.addHeader("Upgrade", "websocket");
		request.addHeader("Connection", "Upgrade");
		if (authorization != null) {
			request.addHeader("Authorization", authorization);
		}
		if (origin != null) {
			request.addHeader("Origin", origin);
		}
		return request;
	}

}
