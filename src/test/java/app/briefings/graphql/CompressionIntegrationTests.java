package app.briefings.graphql;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import app.briefings.GraphQlHttp;
import app.briefings.IntegrationTest;
import app.briefings.live.LiveSubscribers;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Responses over the compression threshold are gzipped for clients that send
 * {@code Accept-Encoding: gzip}, on POST and GET in both JSON media types and on
 * server-sent events (flushed event by event); small answers and clients without the
 * header get identity. Prints the bytes of a 20-briefing feed page with and without.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompressionIntegrationTests {

	private static final String SOURCE = "Compression wire";

	static final String FEED_PAGE = """
			query FeedPage($first: Int, $filter: BriefingFilter) {
			  briefings(first: $first, filter: $filter) {
			    edges {
			      cursor
			      node {
			        id title body summary publishedAt dateSource language
			        source { name url author }
			        officials { id name positions { title organization { name } } }
			        organizations { id name }
			        operations { id name kind }
			        quotes { text kind speaker { id name } }
			      }
			    }
			    pageInfo { hasNextPage endCursor }
			  }
			}""";

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext application;

	@BeforeAll
	void ingestTwentyBriefings() throws IOException {
		GraphQlHttp client = new GraphQlHttp(this.port, IntegrationTest.API_KEY);
		for (int n = 0; n < 20; n++) {
			GraphQlHttp.Answer answer = client.post(
					"mutation Ingest($input: IngestDocumentInput!) { ingestDocument(input: $input) { outcome } }",
					Map.of("input", CompressionDocuments.number(n, SOURCE)));
			assertThat(answer.errors()).isEmpty();
		}
	}

	@Test
	void shouldGzipAFeedPageAndPrintItsBytesOnTheWire() throws Exception {
		HttpResponse<byte[]> identity = send(postFeed().header("Accept-Encoding", "identity"));
		HttpResponse<byte[]> gzip = send(postFeed().header("Accept-Encoding", "gzip"));

		assertThat(identity.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gzip.headers().allValues("Vary").toString()).containsIgnoringCase("accept-encoding");
		String page = new String(identity.body(), StandardCharsets.UTF_8);
		assertThat(json.readTree(page).path("data").path("briefings").path("edges").size()).isEqualTo(20);
		assertThat(json.readTree(gunzip(gzip.body())).path("data")).isEqualTo(json.readTree(page).path("data"));
		assertThat(gzip.body().length).isLessThan(identity.body().length / 3);
		System.out.printf(
				"[wire] feed page of 20 briefings (POST, application/graphql-response+json): "
						+ "identity %d bytes, gzip %d bytes (%.1fx smaller)%n",
				identity.body().length, gzip.body().length, (double) identity.body().length / gzip.body().length);
	}

	@Test
	void shouldGzipAGetAnswerInPlainJson() throws Exception {
		String url = "?query=" + URLEncoder.encode(FEED_PAGE, StandardCharsets.UTF_8) + "&variables="
				+ URLEncoder.encode(json.writeValueAsString(variables()), StandardCharsets.UTF_8);
		HttpResponse<byte[]> gzip = send(HttpRequest.newBuilder(endpoint(url))
			.header("Accept", "application/json")
			.header("Accept-Encoding", "gzip")
			.GET());

		assertThat(gzip.statusCode()).isEqualTo(200);
		assertThat(gzip.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gunzip(gzip.body())).contains("\"edges\"");
	}

	@Test
	void shouldLeaveSmallAnswersAndClientsWithoutGzipAlone() throws Exception {
		HttpResponse<byte[]> small = send(HttpRequest.newBuilder(endpoint(""))
			.header("Content-Type", "application/json")
			.header("Accept-Encoding", "gzip")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"query Small { __typename }\"}")));
		assertThat(small.headers().firstValue("Content-Encoding")).isEmpty();

		HttpResponse<byte[]> plain = send(postFeed());
		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(new String(plain.body(), StandardCharsets.UTF_8)).contains("\"edges\"");
	}

	@Test
	void shouldStreamGzippedServerSentEventsEventByEvent() throws Exception {
		String subscription = "subscription Published($filter: BriefingFilter) { briefingPublished(filter: $filter) { title } }";
		String source = "Compressed stream " + UUID.randomUUID();
		HttpRequest request = HttpRequest.newBuilder(endpoint(""))
			.header("Content-Type", "application/json")
			.header("Accept", "text/event-stream")
			.header("Accept-Encoding", "gzip")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(
					Map.of("query", subscription, "variables", Map.of("filter", Map.of("sources", List.of(source)))))))
			.build();
		int before = LiveSubscribers.count(this.application);
		CompletableFuture<HttpResponse<InputStream>> stream = HttpClient.newHttpClient()
			.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
		await().atMost(Duration.ofSeconds(30)).until(() -> LiveSubscribers.count(this.application) > before);
		GraphQlHttp client = new GraphQlHttp(this.port, IntegrationTest.API_KEY);
		AtomicInteger published = new AtomicInteger(100);
		ScheduledExecutorService publisher = Executors.newSingleThreadScheduledExecutor();
		try {
			publisher.scheduleWithFixedDelay(() -> publish(client, published.getAndIncrement(), source), 0, 500,
					TimeUnit.MILLISECONDS);
			HttpResponse<InputStream> response = stream.get(60, TimeUnit.SECONDS);
			assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
			try (BufferedReader events = new BufferedReader(
					new InputStreamReader(new GZIPInputStream(response.body()), StandardCharsets.UTF_8))) {
				assertThat(nextData(events)).contains("briefingPublished").contains("in report");
				assertThat(nextData(events)).as("a second event on the same open stream").contains("briefingPublished");
			}
		}
		finally {
			publisher.shutdownNow();
		}
	}

	private static void publish(GraphQlHttp client, int n, String source) {
		try {
			client.post("mutation Ingest($input: IngestDocumentInput!) { ingestDocument(input: $input) { outcome } }",
					Map.of("input", CompressionDocuments.number(n, source)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The next {@code data:} line, or a failure after 60 s: a stream whose event never
	 * comes fails the test instead of blocking the build.
	 */
	private static @Nullable String nextData(BufferedReader events) throws Exception {
		return CompletableFuture.supplyAsync(() -> readData(events)).get(60, TimeUnit.SECONDS);
	}

	private static @Nullable String readData(BufferedReader events) {
		try {
			String line = events.readLine();
			while (line != null && !line.startsWith("data:")) {
				line = events.readLine();
			}
			return line;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Map<String, Object> variables() {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("first", 20);
		variables.put("filter", Map.of("sources", List.of(SOURCE)));
		return variables;
	}

	private HttpRequest.Builder postFeed() {
		return HttpRequest.newBuilder(endpoint(""))
			.header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json")
			.POST(HttpRequest.BodyPublishers
				.ofString(json.writeValueAsString(Map.of("query", FEED_PAGE, "variables", variables()))));
	}

	private URI endpoint(String query) {
		return URI.create("http://127.0.0.1:" + this.port + "/graphql" + query);
	}

	private static HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
		return HttpClient.newHttpClient()
			.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String gunzip(byte[] body) throws IOException {
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
