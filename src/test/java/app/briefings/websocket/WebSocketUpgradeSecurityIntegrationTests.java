package app.briefings.websocket;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import app.briefings.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The graphql-ws upgrade passes through a security chain of its own that does only what
 * an upgrade needs: the API key is checked (an unknown key is refused before the upgrade)
 * and browser origins are checked, but no HTTP session, no browser response headers and
 * no anonymous caller are made for a response that becomes a socket.
 */
@IntegrationTest
class WebSocketUpgradeSecurityIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void shouldUpgradeWithoutASessionOrBrowserResponseHeaders() throws Exception {
		try (GraphQlWsProbe probe = GraphQlWsProbe.open("127.0.0.1", this.port, IntegrationTest.API_KEY)) {
			assertThat(probe.status).isEqualTo(101);
			assertThat(probe.headers).doesNotContainKeys("set-cookie", "x-frame-options", "cache-control",
					"x-content-type-options");
			probe.initialize();
		}
	}

	@Test
	void shouldStillRefuseAnUpgradeWithAnUnknownKey() throws Exception {
		try (GraphQlWsProbe probe = GraphQlWsProbe.open("127.0.0.1", this.port, "not-a-key")) {
			assertThat(probe.status).isEqualTo(401);
			assertThat(probe.refusal).contains("\"code\":\"INVALID_API_KEY\"");
		}
	}

	@Test
	void shouldKeepBrowserResponseHeadersOnRequestsToThePathThatAreNoUpgrade() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql")).GET().build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.headers().firstValue("x-content-type-options")).contains("nosniff");
		assertThat(response.headers().firstValue("x-frame-options")).contains("DENY");
	}

}
