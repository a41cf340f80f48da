package app.briefings.websocket;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.briefings.GraphQlHttp;
import app.briefings.IntegrationTest;
import app.briefings.TestApiKeys;
import app.briefings.TestApiKeys.CreatedKey;
import app.briefings.websocket.GraphQlWsProbe.Frame;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keys on graphql-ws sockets: a key revoked while its socket is open stops working on
 * that socket for new operations at once, and ends the running subscriptions and the
 * socket within the re-check interval (5 s).
 */
@IntegrationTest
class WebSocketKeysIntegrationTests {

	private static final String SUBSCRIPTION = "subscription { briefingPublished { id } }";

	@LocalServerPort
	int port;

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void shouldRefuseAMutationOnASocketOpenedBeforeItsKeyWasRevoked() throws IOException {
		CreatedKey key = createKey("ws-revoked", "ADMIN");
		try (GraphQlWsProbe socket = GraphQlWsProbe.open("127.0.0.1", this.port, key.secret()).initialize()) {
			socket.subscribe("before", "{ apiKeys(first: 1) { totalCount } }");
			Frame before = socket.next();
			assertThat(before.type()).isEqualTo("next");
			assertThat(before.payload().path("data").path("apiKeys").path("totalCount").asInt()).isPositive();
			assertThat(socket.next().type()).isEqualTo("complete");
			revoke(key.id());
			socket.subscribe("after", """
					mutation { createApiKey(input: { partner: "ws-minted", roles: [ADMIN] }) { secret } }""");
			Frame refused = socket.next();
			assertThat(refused.type()).isEqualTo("error");
			assertThat(refused.id()).isEqualTo("after");
			assertThat(refused.errorCode()).isEqualTo("INVALID_API_KEY");
			assertThat(socket.closedWithin(Duration.ofSeconds(5))).isTrue();
		}
		assertThat(partners()).doesNotContain("ws-minted");
	}

	@Test
	void shouldEndASubscriptionWithACodedErrorAndCloseTheSocketAfterRevocation() throws IOException {
		CreatedKey key = createKey("ws-subscriber", "READER");
		try (GraphQlWsProbe socket = GraphQlWsProbe.open("127.0.0.1", this.port, key.secret()).initialize()) {
			socket.subscribe("live", SUBSCRIPTION);
			assertThat(socket.next(Duration.ofMillis(500))).isNull();
			revoke(key.id());
			long revokedAt = System.nanoTime();
			Frame ended = socket.next(Duration.ofSeconds(10));
			assertThat(ended).isNotNull();
			assertThat(ended.type()).isEqualTo("error");
			assertThat(ended.id()).isEqualTo("live");
			assertThat(ended.errorCode()).isEqualTo("INVALID_API_KEY");
			assertThat(socket.closedWithin(Duration.ofSeconds(2))).isTrue();
			assertThat(Duration.ofNanos(System.nanoTime() - revokedAt)).isLessThanOrEqualTo(Duration.ofSeconds(6));
		}
	}

	@Test
	void shouldEndTheSocketOfARotatedKey() throws IOException {
		CreatedKey key = createKey("ws-rotated", "READER");
		try (GraphQlWsProbe socket = GraphQlWsProbe.open("127.0.0.1", this.port, key.secret()).initialize()) {
			socket.subscribe("live", SUBSCRIPTION);
			admin().post("mutation Rotate($id: ID!) { rotateApiKey(id: $id) { secret } }", Map.of("id", key.id()));
			Frame ended = socket.next(Duration.ofSeconds(10));
			assertThat(ended).isNotNull();
			assertThat(ended.errorCode()).isEqualTo("INVALID_API_KEY");
			assertThat(socket.closedWithin(Duration.ofSeconds(2))).isTrue();
		}
	}

	private CreatedKey createKey(String partner, String role) {
		return TestApiKeys.create(this.graphQl, IntegrationTest.API_KEY, partner, role);
	}

	private void revoke(String id) throws IOException {
		GraphQlHttp.Answer revoked = admin().post("mutation Revoke($id: ID!) { revokeApiKey(id: $id) { key { id } } }",
				Map.of("id", id));
		assertThat(revoked.errors()).isEmpty();
	}

	private List<Object> partners() throws IOException {
		GraphQlHttp.Answer keys = admin().post("{ apiKeys(first: 100) { edges { node { partner } } } }", Map.of());
		List<?> edges = (List<?>) ((Map<?, ?>) keys.data().get("apiKeys")).get("edges");
		List<Object> partners = new ArrayList<>();
		for (Object edge : edges) {
			partners.add(((Map<?, ?>) ((Map<?, ?>) edge).get("node")).get("partner"));
		}
		return partners;
	}

	private GraphQlHttp admin() {
		return new GraphQlHttp(this.port, IntegrationTest.API_KEY);
	}

}
