package app.briefings.changefeed;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import app.briefings.BriefingsApplication;
import app.briefings.live.LiveSubscribers;
import app.briefings.mongo.EmbeddedMongoServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two application instances against one MongoDB: a subscriber on the first hears of a
 * briefing ingested through the second, through MongoDB change streams. The first
 * instance runs the embedded server with its oplog on, which only this test does (see
 * docs/architecture.md); the second connects to it by URI like any instance of a real
 * deployment.
 */
class TwoInstancesIntegrationTests {

	private static final String API_KEY = "two-instances-key";

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	@BeforeAll
	static void startTwoInstances() {
		first = new SpringApplicationBuilder(BriefingsApplication.class)
			.properties("server.port=0", "briefings.mongo.embedded.storage=memory",
					"briefings.mongo.embedded.oplog=true", "briefings.change-feed.mode=change-stream",
					"briefings.sample-data.enabled=false", "briefings.security.bootstrap-api-key=" + API_KEY)
			.run();
		String mongoUri = first.getBean(EmbeddedMongoServer.class).connectionString().getConnectionString();
		second = new SpringApplicationBuilder(BriefingsApplication.class)
			.properties("server.port=0", "spring.mongodb.uri=" + mongoUri, "briefings.sample-data.enabled=false",
					"briefings.security.bootstrap-api-key=" + API_KEY)
			.run();
	}

	@AfterAll
	static void stopInstances() {
		if (second != null) {
			second.close();
		}
		if (first != null) {
			first.close();
		}
	}

	@Test
	void shouldDeliverABriefingIngestedOnOneInstanceToASubscriberOnTheOther() throws Exception {
		WebSocketGraphQlClient subscriber = WebSocketGraphQlClient
			.builder("ws://127.0.0.1:" + port(first) + "/graphql", new StandardWebSocketClient())
			.build();
		try {
			CompletableFuture<ClientGraphQlResponse> event = subscriber
				.document("subscription { briefingPublished { title officials { name } } }")
				.executeSubscription()
				.next()
				.toFuture();
			subscriber.start().block(Duration.ofSeconds(10));
			await().atMost(Duration.ofSeconds(10)).until(() -> LiveSubscribers.count(first) == 1);
			ingestThrough(second, "Belarusian Defense Minister Viktor Khrenin said that the CSTO exercise would "
					+ "be held near Brest in September.");
			ClientGraphQlResponse received = event.get(15, TimeUnit.SECONDS);
			assertThat(received.field("briefingPublished.title").toEntity(String.class)).contains("Viktor Khrenin");
		}
		finally {
			subscriber.stop().block(Duration.ofSeconds(5));
		}
	}

	private static void ingestThrough(ConfigurableApplicationContext instance, String text) {
		RestClient http = RestClient.builder()
			.baseUrl("http://127.0.0.1:" + port(instance) + "/graphql")
			.defaultHeader("Authorization", "Bearer " + API_KEY)
			.build();
		Boolean duplicate = HttpSyncGraphQlClient.create(http)
			.document("mutation($text: String!) { ingestDocument(input: { text: $text }) { duplicate } }")
			.variable("text", text)
			.retrieveSync("ingestDocument.duplicate")
			.toEntity(Boolean.class);
		assertThat(duplicate).isFalse();
	}

	private static int port(ConfigurableApplicationContext instance) {
		return Integer.parseInt(instance.getEnvironment().getProperty("local.server.port", "0"));
	}

}
