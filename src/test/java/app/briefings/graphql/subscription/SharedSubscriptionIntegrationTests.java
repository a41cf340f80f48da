package app.briefings.graphql.subscription;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import app.briefings.IntegrationTest;
import app.briefings.TestDocuments;
import app.briefings.TestApiKeys;
import app.briefings.live.LiveSubscribers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Shared execution in the running application: graphql-ws subscribers of
 * {@code briefingPublished} with the same document and equal rights (readers of two
 * different partners) run the selection set of a published briefing once between them,
 * and its result is written as JSON once for their graphql-ws messages; a partner's
 * subscriber, whose rights differ, runs and writes it apart.
 */
@IntegrationTest
class SharedSubscriptionIntegrationTests {

	private static final String SUBSCRIPTION = "subscription { briefingPublished { id title officials { name } } }";

	@LocalServerPort
	int port;

	@Autowired
	HttpGraphQlTester anonymous;

	@Autowired
	ApplicationContext application;

	@Autowired
	SharedEventResults results;

	@Test
	void shouldRunTheSelectionSetOncePerRightsForEqualSubscribers() throws Exception {
		String readerOne = createKey("shared-reader-one", "READER");
		String readerTwo = createKey("shared-reader-two", "READER");
		String partner = createKey("shared-partner", "PARTNER");
		List<WebSocketGraphQlClient> clients = new ArrayList<>();
		List<CompletableFuture<ClientGraphQlResponse>> firstEvents = new ArrayList<>();
		int before = LiveSubscribers.count(this.application);
		try {
			for (String key : List.of(readerOne, readerOne, readerTwo, partner)) {
				WebSocketGraphQlClient client = client(key);
				clients.add(client);
				firstEvents.add(client.document(SUBSCRIPTION).executeSubscription().next().toFuture());
			}
			await().atMost(Duration.ofSeconds(20)).until(() -> LiveSubscribers.count(this.application) >= before + 4);
			long executions = this.results.executions();
			long reuses = this.results.reuses();
			long encodings = this.results.encodings();
			long encodingReuses = this.results.encodingReuses();
			TestDocuments.ingestNew(this.anonymous,
					"Belarusian Defence Minister Viktor Khrenin said that the CSTO exercise would open near Brest.");
			List<Map<String, Object>> received = new ArrayList<>();
			for (CompletableFuture<ClientGraphQlResponse> event : firstEvents) {
				received.add(event.get(20, TimeUnit.SECONDS).field("briefingPublished").toEntity(Map.class));
			}
			assertThat(received).allSatisfy((briefing) -> assertThat(briefing).isEqualTo(received.get(0)));
			assertThat(this.results.executions() - executions).isEqualTo(2);
			assertThat(this.results.reuses() - reuses).isEqualTo(2);
			assertThat(this.results.encodings() - encodings).isEqualTo(2);
			assertThat(this.results.encodingReuses() - encodingReuses).isEqualTo(2);
		}
		finally {
			for (WebSocketGraphQlClient client : clients) {
				client.stop().block(Duration.ofSeconds(5));
			}
		}
	}

	private WebSocketGraphQlClient client(String key) {
		return WebSocketGraphQlClient.builder("ws://127.0.0.1:" + this.port + "/graphql", new StandardWebSocketClient())
			.header("Authorization", "Bearer " + key)
			.build();
	}

	private HttpGraphQlTester withKey(String secret) {
		return TestApiKeys.withKey(this.anonymous, secret);
	}

	private String createKey(String partner, String role) {
		return TestApiKeys.create(this.anonymous, partner, role);
	}

}
