package app.briefings.sync;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import app.briefings.IntegrationTest;
import app.briefings.ServerSentEventReader;
import app.briefings.ServerSentEventReader.Event;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.core.Disposable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code briefingChanged} with real protocol clients: a graphql-ws subscriber that
 * resumes from a token while briefings are being published gets exactly what
 * {@code briefingChanges} lists; server-sent event streams open at once, stay open past
 * the servlet container's 30 s async timeout, carry sync tokens as event ids and resume
 * from {@code Last-Event-ID}. Each test filters on a word of its own.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ResumableLiveIntegrationTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final String CHANGES = """
			query Changes($after: String, $word: String) {
			  briefingChanges(after: $after, first: 100, filter: { query: $word }) {
			    edges { cursor node { briefingId kind } }
			    pageInfo { hasNextPage }
			    syncToken
			  }
			}""";

	private static final String CHANGED = """
			subscription Changed($after: String, $word: String) {
			  briefingChanged(after: $after, filter: { query: $word }) { cursor node { briefingId kind briefing { title } } }
			}""";

	@LocalServerPort
	int port;

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void shouldReplayThenGoLiveOverGraphQlWsWithNothingMissedOrRepeatedWhilePublishing() throws Exception {
		String word = "Quorvath";
		String token = drain(null, word).syncToken();
		for (int document = 0; document < 5; document++) {
			List<String> backlog = new ArrayList<>();
			for (int index = 0; index < 24; index++) {
				backlog.add(word + " envoy " + document + "-" + index + " arrived in Minsk");
			}
			ingest("resume-ws-backlog-" + document, items(backlog));
		}
		WebSocketGraphQlClient client = WebSocketGraphQlClient
			.builder("ws://127.0.0.1:" + this.port + "/graphql", new StandardWebSocketClient())
			.build();
		List<String> cursors = new CopyOnWriteArrayList<>();
		client.start().block(Duration.ofSeconds(10));
		Disposable subscription = client.document(CHANGED)
			.variable("after", token)
			.variable("word", word)
			.executeSubscription()
			.subscribe((event) -> cursors.add(event.field("briefingChanged.cursor").toEntity(String.class)));
		try {
			for (int index = 0; index < 5; index++) {
				ingest("resume-ws-live-" + index, items(List.of(word + " courier " + index + " left Astana")));
			}
			await().atMost(Duration.ofSeconds(60)).until(() -> cursors.size() >= 125);
		}
		finally {
			subscription.dispose();
			client.stop().block(Duration.ofSeconds(5));
		}

		assertThat(cursors).containsExactlyElementsOf(drain(token, word).cursors());
	}

	@Test
	void shouldOpenAServerSentEventStreamAtOnceAndResumeFromTheLastEventId() throws Exception {
		String word = "Zelmorin";
		String token = drain(null, word).syncToken();
		EventStream first = EventStream.open(this.port, CHANGED, token, word, null);
		try {
			assertThat(first.response()).succeedsWithin(Duration.ofSeconds(8))
				.satisfies((response) -> assertThat(response.statusCode()).isEqualTo(200))
				.satisfies((response) -> assertThat(response.headers().firstValue("Content-Type"))
					.hasValueSatisfying((type) -> assertThat(type).startsWith("text/event-stream")));
			ingest("resume-sse-1", items(List.of(word + " met the envoys in Yerevan")));
			Event heard = first.nextEvent();
			assertThat(heard.data()).contains("met the envoys");
			assertThat(heard.id()).isNotNull();

			first.close();
			ingest("resume-sse-2", items(List.of(word + " left for Dushanbe")));
			EventStream second = EventStream.open(this.port, CHANGED, null, word, heard.id());
			try {
				Event missed = second.nextEvent();
				assertThat(missed.data()).contains("left for Dushanbe").doesNotContain("met the envoys");
				assertThat(missed.id()).isEqualTo(drain(heard.id(), word).cursors().get(0));
			}
			finally {
				second.close();
			}
		}
		finally {
			first.close();
		}
	}

	@Test
	void shouldKeepAServerSentEventStreamOpenPastTheContainersAsyncTimeout(CapturedOutput output) throws Exception {
		String word = "Tarnevic";
		EventStream stream = EventStream.open(this.port, CHANGED, null, word, null);
		try {
			long opened = System.nanoTime();
			await().atMost(Duration.ofSeconds(90)).until(() -> stream.comments() >= 3);
			assertThat(Duration.ofNanos(System.nanoTime() - opened)).isGreaterThan(Duration.ofSeconds(30));
			ingest("long-sse-1", items(List.of(word + " reached the border post")));
			assertThat(stream.nextEvent().data()).contains("reached the border post");
		}
		finally {
			stream.close();
		}
		assertThat(output.getAll()).doesNotContain("AsyncRequestTimeoutException");
	}

	private Changes drain(@Nullable String after, String word) {
		List<String> cursors = new ArrayList<>();
		String token = after;
		boolean more = true;
		while (more) {
			var page = this.graphQl.document(CHANGES).variable("after", token).variable("word", word).execute();
			cursors.addAll(page.path("briefingChanges.edges[*].cursor").entityList(String.class).get());
			more = page.path("briefingChanges.pageInfo.hasNextPage").entity(Boolean.class).get();
			token = page.path("briefingChanges.syncToken").entity(String.class).get();
		}
		return new Changes(cursors, token);
	}

	private void ingest(String externalId, String text) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("text", text);
		input.put("externalId", externalId + "-" + System.nanoTime());
		input.put("publishedAt", "2026-12-01");
		this.graphQl.mutate()
			.header("Authorization", "Bearer " + IntegrationTest.API_KEY)
			.build()
			.documentName("ingestDocument")
			.variable("input", input)
			.execute()
			.path("ingestDocument.duplicate")
			.entity(Boolean.class)
			.isEqualTo(false);
	}

	private static String items(List<String> sentences) {
		StringBuilder text = new StringBuilder();
		for (String sentence : sentences) {
			text.append("MOSCOW, April 3 -- ").append(sentence).append(", officials said on Thursday.\n");
		}
		return text.toString();
	}

	private record Changes(List<String> cursors, String syncToken) {

	}

	/** One server-sent events subscription, read line by line on its own thread. */
	private static final class EventStream {

		private final CompletableFuture<HttpResponse<InputStream>> response;

		private volatile @Nullable ServerSentEventReader reader;

		private volatile int read;

		private EventStream(CompletableFuture<HttpResponse<InputStream>> response) {
			this.response = response;
			response.thenAccept((answer) -> this.reader = ServerSentEventReader.start(answer.body()));
		}

		static EventStream open(int port, String document, @Nullable String after, String word,
				@Nullable String lastEventId) {
			Map<String, Object> variables = new LinkedHashMap<>();
			variables.put("after", after);
			variables.put("word", word);
			String body = json.writeValueAsString(Map.of("query", document, "variables", variables));
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
				.header("Content-Type", "application/json")
				.header("Accept", "text/event-stream")
				.POST(HttpRequest.BodyPublishers.ofString(body));
			if (lastEventId != null) {
				request.header("Last-Event-ID", lastEventId);
			}
			return new EventStream(
					HttpClient.newHttpClient().sendAsync(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
		}

		CompletableFuture<HttpResponse<InputStream>> response() {
			return this.response;
		}

		int comments() {
			ServerSentEventReader events = this.reader;
			return (events != null) ? events.comments() : 0;
		}

		Event nextEvent() {
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				ServerSentEventReader events = this.reader;
				return events != null && events.events().size() > this.read;
			});
			return this.reader.events().get(this.read++);
		}

		void close() throws Exception {
			ServerSentEventReader events = this.reader;
			if (events != null) {
				events.close();
				return;
			}
			this.response.cancel(true);
		}

	}

}
