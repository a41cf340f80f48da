package app.briefings.websocket;

import app.briefings.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The graphql-ws handshake admits the same browser origins as HTTP
 * ({@code briefings.security.cors.allowed-origins}, which {@link IntegrationTest} sets to
 * {@value IntegrationTest#ALLOWED_ORIGIN}): a page there can subscribe, a page elsewhere
 * is refused, and clients that send no {@code Origin} (apps, servers) are unaffected.
 */
@IntegrationTest
class WebSocketOriginIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void shouldUpgradeAHandshakeFromAnAllowedOrigin() throws Exception {
		try (GraphQlWsProbe probe = GraphQlWsProbe.open("127.0.0.1", this.port, null, IntegrationTest.ALLOWED_ORIGIN)) {
			assertThat(probe.status).isEqualTo(101);
			probe.initialize();
		}
	}

	@Test
	void shouldRefuseAHandshakeFromAnotherOrigin() throws Exception {
		try (GraphQlWsProbe probe = GraphQlWsProbe.open("127.0.0.1", this.port, null, "https://elsewhere.example")) {
			assertThat(probe.status).isEqualTo(403);
		}
	}

	@Test
	void shouldUpgradeAHandshakeWithoutAnOrigin() throws Exception {
		try (GraphQlWsProbe probe = GraphQlWsProbe.open("127.0.0.1", this.port, null, null)) {
			assertThat(probe.status).isEqualTo(101);
		}
	}

}
