package app.briefings.websocket;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.briefings.GraphQlHttp;
import app.briefings.IntegrationTest;
import app.briefings.websocket.GraphQlWsProbe.Frame;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The graphql-ws caps under ten times their load from one client address (127.0.0.2),
 * while another address (127.0.0.1) keeps being served within a second.
 */
@IntegrationTest
class WebSocketCapsIntegrationTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final String QUERY = "{ briefings(first: 1) { totalCount } }";

	@LocalServerPort
	int port;

	@Autowired
	WebSocketLimits limits;

	@Test
	void shouldRefuseSocketsBeyondTheAddressCapWhileAnotherAddressIsServed() throws IOException {
		int cap = this.limits.maxConnectionsPerAddress();
		serve("127.0.0.1");
		List<GraphQlWsProbe> flood = new ArrayList<>();
		try {
			int accepted = 0;
			List<GraphQlWsProbe> refused = new ArrayList<>();
			for (int i = 0; i < 10 * cap; i++) {
				GraphQlWsProbe probe = GraphQlWsProbe.open("127.0.0.2", this.port, null);
				flood.add(probe);
				if (probe.status == 101) {
					probe.initialize();
					accepted++;
				}
				else {
					refused.add(probe);
				}
			}
			assertThat(accepted).isEqualTo(cap);
			assertThat(refused).hasSize(9 * cap).allSatisfy((probe) -> assertThat(probe.status).isEqualTo(429));
			JsonNode error = json.readTree(refused.get(0).refusal).path("errors").path(0);
			assertThat(error.path("extensions").path("code").asString()).isEqualTo("TOO_MANY_CONNECTIONS");
			assertThat(error.path("extensions").path("limit").asInt()).isEqualTo(cap);
			assertServedWithinASecondFrom("127.0.0.1");
		}
		finally {
			for (GraphQlWsProbe probe : flood) {
				probe.close();
			}
		}
	}

	@Test
	void shouldRefuseOperationsBeyondTheCapOfOneSocketAndAcceptOnceOneEnds() throws IOException {
		int cap = this.limits.maxSubscriptionsPerConnection();
		try (GraphQlWsProbe socket = GraphQlWsProbe.open("127.0.0.1", this.port, null).initialize()) {
			for (int i = 0; i < 10 * cap; i++) {
				socket.subscribe("live-" + i, "subscription { briefingPublished { id } }");
			}
			List<Frame> refusals = new ArrayList<>();
			for (int i = 0; i < 9 * cap; i++) {
				refusals.add(socket.next());
			}
			assertThat(refusals).allSatisfy((frame) -> {
				assertThat(frame.type()).isEqualTo("error");
				assertThat(frame.errorCode()).isEqualTo("TOO_MANY_SUBSCRIPTIONS");
			});
			assertThat(refusals).extracting(Frame::id).doesNotContain("live-0", "live-" + (cap - 1));
			socket.send(Map.of("id", "live-0", "type", "complete"));
			socket.subscribe("after-complete", QUERY);
			Frame answer = socket.next();
			assertThat(answer.id()).isEqualTo("after-complete");
			assertThat(answer.type()).isEqualTo("next");
		}
	}

	private void assertServedWithinASecondFrom(String address) throws IOException {
		long start = System.nanoTime();
		serve(address);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
	}

	/** A query over a new socket from this address and one over HTTP, both answered. */
	private void serve(String address) throws IOException {
		try (GraphQlWsProbe socket = GraphQlWsProbe.open(address, this.port, null).initialize()) {
			socket.subscribe("query", QUERY);
			Frame answer = socket.next();
			assertThat(answer.type()).isEqualTo("next");
			assertThat(answer.payload().path("data").path("briefings").path("totalCount").asInt()).isPositive();
		}
		GraphQlHttp.Answer http = new GraphQlHttp(this.port, null).post(QUERY, Map.of());
		assertThat(http.status()).isEqualTo(200);
	}

}
