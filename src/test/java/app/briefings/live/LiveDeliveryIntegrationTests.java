package app.briefings.live;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import app.briefings.IntegrationTest;
import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingStatus;
import app.briefings.changefeed.BriefingChanged;
import app.briefings.websocket.WebSocketLimits;
import graphql.ExecutionResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reactivestreams.Publisher;
import reactor.core.Disposable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.graphql.execution.SubscriptionPublisherException;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Live delivery under subscribers that do not read: ingestion keeps answering, a reading
 * subscriber keeps receiving, and an overflowing subscription ends with a coded
 * {@code SLOW_CONSUMER} error rather than a stack trace.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LiveDeliveryIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	WebSocketLimits webSocketLimits;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	ExecutionGraphQlService service;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	MongoOperations mongo;

	@Autowired
	BriefingBroadcaster broadcaster;

	@Test
	void shouldEndAnOverflowingSubscriptionWithACodedSlowConsumerError(CapturedOutput output) throws Exception {
		String briefingId = this.mongo
			.findOne(new Query(Criteria.where("status").is(BriefingStatus.PUBLISHED)), Briefing.class)
			.id();
		ExecutionGraphQlResponse response = this.service
			.execute(new DefaultExecutionGraphQlRequest("subscription { briefingPublished { id title } }", null, null,
					null, "slow-consumer", null))
			.block(Duration.ofSeconds(10));
		Publisher<ExecutionResult> results = response.getExecutionResult().getData();
		StalledSubscriber<ExecutionResult> stalled = new StalledSubscriber<>();
		results.subscribe(stalled);
		for (int i = 0; i < 2000 && stalled.error() == null; i++) {
			this.events.publishEvent(new BriefingChanged(briefingId));
		}
		await().atMost(Duration.ofSeconds(20)).until(() -> stalled.error() != null);
		assertThat(stalled.error()).isInstanceOfSatisfying(SubscriptionPublisherException.class,
				(ex) -> assertThat(ex.getErrors()).singleElement()
					.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "SLOW_CONSUMER")));
		assertThat(output.getAll().lines().filter((line) -> line.contains("SLOW_CONSUMER"))).hasSize(1);
		assertThat(output.getAll()).doesNotContain("SlowConsumerException");
	}

	@Test
	void shouldAnswerEveryIngestionFromTwoThreadsWhileManySubscribersDoNotRead() throws Exception {
		List<WebSocket> stalled = new ArrayList<>();
		WebSocketGraphQlClient client = WebSocketGraphQlClient
			.builder("ws://127.0.0.1:" + this.port + "/graphql", new StandardWebSocketClient())
			.build();
		List<ClientGraphQlResponse> received = new CopyOnWriteArrayList<>();
		Disposable reading = null;
		try {
			for (int i = 0; i < stalledSubscribers(); i++) {
				stalled.add(subscribeWithoutReading());
			}
			reading = client.document("subscription { briefingPublished { id title officials { name } } }")
				.executeSubscription()
				.subscribe(received::add);
			client.start().block(Duration.ofSeconds(10));
			await().atMost(Duration.ofSeconds(30))
				.until(() -> this.broadcaster.subscribers() >= stalledSubscribers() + 1);
			CompletableFuture<List<Map<String, Object>>> first = CompletableFuture.supplyAsync(() -> ingest("first"));
			CompletableFuture<List<Map<String, Object>>> second = CompletableFuture.supplyAsync(() -> ingest("second"));
			List<Map<String, Object>> answers = new ArrayList<>(first.get(120, TimeUnit.SECONDS));
			answers.addAll(second.get(120, TimeUnit.SECONDS));
			assertThat(answers).hasSize(8).allSatisfy((answer) -> assertThat(answer).doesNotContainKey("errors"));
			await().atMost(Duration.ofSeconds(30)).until(() -> received.size() >= 8);
			assertThat(received).allSatisfy((event) -> assertThat(event.getErrors()).isEmpty());
		}
		finally {
			if (reading != null) {
				reading.dispose();
			}
			client.stop().block(Duration.ofSeconds(5));
			for (WebSocket socket : stalled) {
				socket.abort();
			}
		}
	}

	/**
	 * As many stalled sockets as one client address may open, less the reading one and a
	 * spare: every socket here comes from 127.0.0.1.
	 */
	private int stalledSubscribers() {
		return this.webSocketLimits.maxConnectionsPerAddress() - 2;
	}

	private WebSocket subscribeWithoutReading() {
		WebSocket socket = HttpClient.newHttpClient()
			.newWebSocketBuilder()
			.subprotocols("graphql-transport-ws")
			.buildAsync(URI.create("ws://127.0.0.1:" + this.port + "/graphql"), new WebSocket.Listener() {

				@Override
				public void onOpen(WebSocket webSocket) {
				}

			})
			.join();
		socket.sendText("{\"type\":\"connection_init\"}", true).join();
		socket.sendText("{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":"
				+ "\"subscription { briefingPublished { id title body officials { name positions { title } } } }\"}}",
				true)
			.join();
		return socket;
	}

	private List<Map<String, Object>> ingest(String thread) {
		List<Map<String, Object>> answers = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			String text = "Russian Foreign Minister Sergey Lavrov said on day " + i + " of the " + thread
					+ " series that the CSTO would strengthen the Tajik-Afghan border.";
			AtomicReference<Map<String, Object>> answer = new AtomicReference<>();
			this.graphQl.mutate()
				.header("Authorization", "Bearer " + IntegrationTest.API_KEY)
				.build()
				.documentName("ingestDocument")
				.variable("input", Map.of("text", text))
				.execute()
				.errors()
				.satisfy((errors) -> answer.set(errors.isEmpty() ? Map.of() : Map.of("errors", errors)))
				.path("ingestDocument.duplicate")
				.entity(Boolean.class)
				.isEqualTo(false);
			answers.add(answer.get());
		}
		return answers;
	}

}
