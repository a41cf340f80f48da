package app.briefings.live;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import app.briefings.IntegrationTest;
import app.briefings.TestDocuments;
import app.briefings.graphql.node.GlobalId;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code briefingPublished} with real protocol clients: graphql-ws over a WebSocket
 * upgrade on {@code /graphql}, and server-sent events on {@code POST /graphql}.
 */
@IntegrationTest
class LiveBriefingsIntegrationTests {

	private static final String SUBSCRIPTION = """
			subscription Published($official: ID!) {
			  briefingPublished(filter: { officials: [$official] }) { id title officials { name } }
			}""";

	@LocalServerPort
	int port;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	BriefingBroadcaster broadcaster;

	@Test
	void shouldDeliverAMatchingBriefingToAGraphQlWsSubscriber() {
		WebSocketGraphQlClient client = WebSocketGraphQlClient
			.builder("ws://127.0.0.1:" + this.port + "/graphql", new StandardWebSocketClient())
			.build();
		try {
			Flux<ClientGraphQlResponse> events = client.document(SUBSCRIPTION)
				.variable("official", GlobalId.encode("Official", "sergey-lavrov"))
				.executeSubscription();
			int before = this.broadcaster.subscribers();
			CompletableFuture<ClientGraphQlResponse> first = events.next().toFuture();
			client.start().block(Duration.ofSeconds(10));
			awaitSubscribedAfter(before);
			TestDocuments.ingestNew(this.graphQl,
					"Kazakh Foreign Minister Murat Nurtleu met the CSTO Secretary General in Astana on Monday.");
			TestDocuments.ingestNew(this.graphQl,
					"Russian Foreign Minister Sergey Lavrov said that the CSTO would strengthen the Tajik-Afghan border.");
			ClientGraphQlResponse event = first.get(10, TimeUnit.SECONDS);
			assertThat(event.field("briefingPublished.title").toEntity(String.class)).contains("Sergey Lavrov");
			assertThat(event.field("briefingPublished.officials").toEntityList(Map.class))
				.extracting((official) -> official.get("name"))
				.contains("Sergey Lavrov");
		}
		catch (Exception ex) {
			throw new AssertionError("No briefingPublished event arrived over graphql-ws", ex);
		}
		finally {
			client.stop().block(Duration.ofSeconds(5));
		}
	}

	@Test
	void shouldStreamAMatchingBriefingOverServerSentEvents() throws Exception {
		String body = """
				{"query": "subscription { briefingPublished(filter: { officials: [\\"%s\\"] }) { title } }"}"""
			.formatted(GlobalId.encode("Official", "ararat-mirzoyan"));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Accept", "text/event-stream")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		int before = this.broadcaster.subscribers();
		CompletableFuture<HttpResponse<Stream<String>>> response = HttpClient.newHttpClient()
			.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
		awaitSubscribedAfter(before);
		TestDocuments.ingestNew(this.graphQl,
				"Armenian Foreign Minister Ararat Mirzoyan said that Yerevan would attend the CSTO session in Minsk.");
		HttpResponse<Stream<String>> stream = response.get(10, TimeUnit.SECONDS);
		assertThat(stream.statusCode()).isEqualTo(200);
		assertThat(stream.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/event-stream"));
		try (Stream<String> lines = stream.body()) {
			String firstData = lines.filter((line) -> line.startsWith("data:")).findFirst().orElse("");
			assertThat(firstData).contains("Ararat Mirzoyan");
		}
	}

	private void awaitSubscribedAfter(int before) {
		await().atMost(Duration.ofSeconds(10)).until(() -> this.broadcaster.subscribers() > before);
	}

}
