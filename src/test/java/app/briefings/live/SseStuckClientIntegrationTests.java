package app.briefings.live;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import app.briefings.IntegrationTest;
import app.briefings.ServerSentEventReader;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A server-sent events client that stops reading (its TCP window full, so a write to it
 * cannot finish) holds no delivery thread: subscribers over server-sent events and
 * graphql-ws keep receiving every briefing promptly, and the stuck stream is ended with a
 * coded {@code SLOW_CONSUMER} event that the client finds once it reads again.
 */
@IntegrationTest
class SseStuckClientIntegrationTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final String WORD = "Vostrelle";

	private static final int ITEMS_PER_DOCUMENT = 3;

	private static final int MAX_DOCUMENTS = 150;

	private static final Duration PROMPTLY = Duration.ofSeconds(10);

	private static final String SUBSCRIPTION = "subscription Published($word: String) { briefingPublished(filter: { query: $word }) { %s } }";

	@LocalServerPort
	int port;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	BriefingBroadcaster broadcaster;

	@Test
	void shouldKeepDeliveringToOthersAndEndTheStreamOfAClientThatStoppedReading() throws Exception {
		int before = this.broadcaster.subscribers();
		List<String> overWebSocket = new CopyOnWriteArrayList<>();
		WebSocketGraphQlClient webSocket = WebSocketGraphQlClient
			.builder("ws://127.0.0.1:" + this.port + "/graphql", new StandardWebSocketClient())
			.build();
		Disposable webSocketSubscription = null;
		try (Socket stuck = openWithoutReading(); ServerSentEventReader reading = openReading(this.port)) {
			webSocket.start().block(Duration.ofSeconds(30));
			webSocketSubscription = webSocket.document(SUBSCRIPTION.formatted("title"))
				.variable("word", WORD)
				.executeSubscription()
				.subscribe((event) -> overWebSocket.add(event.field("briefingPublished.title").toEntity(String.class)));
			await().atMost(Duration.ofSeconds(30)).until(() -> this.broadcaster.subscribers() >= before + 3);

			int documents = 0;
			while (this.broadcaster.subscribers() >= before + 3 && documents < MAX_DOCUMENTS) {
				ingest(documents++);
				int expected = documents * ITEMS_PER_DOCUMENT;
				await("briefings over server-sent events after document " + documents).atMost(PROMPTLY)
					.until(() -> reading.eventsContaining(WORD) >= expected);
				await("briefings over graphql-ws after document " + documents).atMost(PROMPTLY)
					.until(() -> overWebSocket.size() >= expected);
			}

			assertThat(this.broadcaster.subscribers()).as("the stuck stream's subscription ended")
				.isEqualTo(before + 2);
			String heardByStuckClient = readToTheEnd(stuck);
			assertThat(heardByStuckClient).contains("\"code\":\"SLOW_CONSUMER\"").contains("event:complete");
		}
		finally {
			if (webSocketSubscription != null) {
				webSocketSubscription.dispose();
			}
			webSocket.stop().block(Duration.ofSeconds(5));
		}
	}

	/**
	 * Subscribes over server-sent events on a socket with a small receive buffer and
	 * reads nothing from it, not even the response headers.
	 */
	private Socket openWithoutReading() throws IOException {
		Socket socket = new Socket();
		socket.setReceiveBufferSize(4096);
		socket.connect(new InetSocketAddress("127.0.0.1", this.port), 5000);
		byte[] body = subscriptionBody("id title " + bodyAliases());
		String head = "POST /graphql HTTP/1.1\r\nHost: 127.0.0.1:" + this.port
				+ "\r\nContent-Type: application/json\r\nAccept: text/event-stream\r\nContent-Length: " + body.length
				+ "\r\n\r\n";
		OutputStream out = socket.getOutputStream();
		out.write(head.getBytes(StandardCharsets.US_ASCII));
		out.write(body);
		out.flush();
		return socket;
	}

	/**
	 * Reads what the server wrote until the stream's final chunk, the connection's end or
	 * a generous pause.
	 */
	private static String readToTheEnd(Socket socket) throws IOException {
		socket.setSoTimeout(30_000);
		InputStream in = socket.getInputStream();
		ByteArrayOutputStream heard = new ByteArrayOutputStream();
		byte[] chunk = new byte[65536];
		String tail = "";
		try {
			int read;
			while ((read = in.read(chunk)) != -1) {
				heard.write(chunk, 0, read);
				tail = tail + new String(chunk, 0, read, StandardCharsets.ISO_8859_1);
				tail = tail.substring(Math.max(0, tail.length() - 16));
				if (tail.endsWith("\r\n0\r\n\r\n")) {
					break;
				}
			}
		}
		catch (SocketTimeoutException ex) {
			// what arrived so far is what the assertions see
		}
		return heard.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
	}

	/**
	 * The body under as many names as a document may give it, so that each event is tens
	 * of kilobytes and the server's socket buffer (which Linux grows to megabytes) fills
	 * within a few documents.
	 */
	private static String bodyAliases() {
		StringBuilder aliases = new StringBuilder("body");
		for (int alias = 1; alias < 15; alias++) {
			aliases.append(" body").append(alias).append(": body");
		}
		return aliases.toString();
	}

	private static byte[] subscriptionBody(String selection) {
		return json
			.writeValueAsBytes(Map.of("query", SUBSCRIPTION.formatted(selection), "variables", Map.of("word", WORD)));
	}

	/**
	 * Ingests one document of several long items, each one briefing that mentions the
	 * word.
	 */
	private void ingest(int document) {
		StringBuilder text = new StringBuilder();
		for (int item = 0; item < ITEMS_PER_DOCUMENT; item++) {
			text.append("MOSCOW, April 3 -- ").append(WORD).append(" envoy ").append(document).append('-').append(item);
			text.append(" arrived in Minsk for talks on the border.");
			for (int sentence = 0; sentence < 40; sentence++) {
				text.append(" The delegation reviewed checkpoint ")
					.append(sentence)
					.append(" and its staffing with the local command.");
			}
			text.append(" Officials said on Thursday.\n");
		}
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("text", text.toString());
		input.put("externalId", "stuck-sse-" + document + "-" + System.nanoTime());
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

	private static ServerSentEventReader openReading(int port) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Accept", "text/event-stream")
			.POST(HttpRequest.BodyPublishers.ofByteArray(subscriptionBody("title")))
			.build();
		HttpResponse<InputStream> response = HttpClient.newHttpClient()
			.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
			.get(30, java.util.concurrent.TimeUnit.SECONDS);
		assertThat(response.statusCode()).isEqualTo(200);
		return ServerSentEventReader.start(response.body());
	}

}
