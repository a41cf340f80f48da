package app.briefings.mongo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import app.briefings.IntegrationTest;
import app.briefings.graphql.node.GlobalId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs a broad set of real GraphQL operations over HTTP (feeds, filters, nodes, entity
 * pages, search, knowledge-base lists, API keys, ingestion, editorial mutations, a GET, a
 * persisted query and the start of a subscription over server-sent events and over
 * graphql-ws) and checks the time limit of every data command they send: each one sent on
 * a request thread carries {@code maxTimeMS}, above 0, at most the ceiling and at most
 * the time its request had left (a {@code getMore} continues a cursor opened with one:
 * MongoDB refuses {@code maxTimeMS} on the {@code getMore} of a non-tailable cursor and
 * counts the opening command's limit over the cursor's life); the commands of the
 * background re-extraction job carry none.
 */
@IntegrationTest
@Import(LimitedCommands.class)
@TestPropertySource(properties = { "briefings.budget.store=mongo",
		"briefings.mongo.timeouts.operation=" + RequestTimeLimitIntegrationTests.CEILING_MS + "ms" })
class RequestTimeLimitIntegrationTests {

	/** Below the request timeout (10 s), so that both bounds are checked. */
	static final long CEILING_MS = 8000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String ZAS = GlobalId.encode("Official", "stanislav-zas");

	private static final String CSTO = GlobalId.encode("Organization", "csto");

	@Autowired
	HttpGraphQlTester anonymous;

	@Autowired
	WebTestClient http;

	@LocalServerPort
	int port;

	@Test
	void shouldBoundEveryCommandOfARequestByTheTimeItHasLeft() throws Exception {
		LimitedCommands.clear();
		runExamples();
		readFeedsPagesAndKeys();
		ingest("request-limit-1");
		readOverGetAndAsPersistedQuery();
		startASubscriptionOverServerSentEvents();
		startASubscriptionOverGraphQlWs();

		List<LimitedCommands.Sent> requestCommands = new ArrayList<>();
		for (LimitedCommands.Sent sent : LimitedCommands.all()) {
			if (sent.onRequestThread()) {
				requestCommands.add(sent);
			}
		}
		report(requestCommands);
		assertThat(requestCommands).extracting(LimitedCommands.Sent::name)
			.contains("find", "aggregate", "insert", "update", "findAndModify");
		assertThat(requestCommands).extracting(LimitedCommands.Sent::target)
			.contains("briefings", "officials", "organizations", "apiKeys", "budgets", "documents");
		assertThat(requestCommands).allSatisfy((sent) -> {
			if (sent.name().equals("getMore")) {
				assertThat(sent.cursorLimited()).as("cursor of %s opened with maxTimeMS", sent).isTrue();
				return;
			}
			assertThat(sent.maxTimeMs()).as("maxTimeMS of %s", sent)
				.isNotNull()
				.isPositive()
				.isLessThanOrEqualTo(CEILING_MS);
			assertThat(sent.remainingMs()).as("request deadline of %s", sent).isNotNull();
			assertThat(sent.maxTimeMs()).as("maxTimeMS of %s", sent).isLessThanOrEqualTo(sent.remainingMs());
		});
	}

	@Test
	void shouldLeaveTheCommandsOfABackgroundJobUnbounded() {
		ingest("request-limit-background");
		LimitedCommands.clear();
		String job = admin().document("mutation { reextractDocuments { reextraction { id } } }")
			.execute()
			.path("reextractDocuments.reextraction.id")
			.entity(String.class)
			.get();
		ReextractionJobWait.until(admin(), job);

		List<LimitedCommands.Sent> jobCommands = new ArrayList<>();
		for (LimitedCommands.Sent sent : LimitedCommands.all()) {
			if (sent.thread().equals("reextraction")) {
				jobCommands.add(sent);
			}
		}
		assertThat(jobCommands).extracting(LimitedCommands.Sent::target).contains("documents", "briefings");
		assertThat(jobCommands).allSatisfy((sent) -> {
			assertThat(sent.maxTimeMs()).as("maxTimeMS of %s", sent).isNull();
			assertThat(sent.remainingMs()).as("request deadline of %s", sent).isNull();
		});
	}

	private static void report(List<LimitedCommands.Sent> requestCommands) {
		Map<String, Integer> byName = new TreeMap<>();
		long largestMaxTime = 0;
		for (LimitedCommands.Sent sent : requestCommands) {
			byName.merge(sent.name(), 1, Integer::sum);
			if (sent.maxTimeMs() != null) {
				largestMaxTime = Math.max(largestMaxTime, sent.maxTimeMs());
			}
		}
		System.out.println("[request time limits] " + requestCommands.size() + " data commands on request threads "
				+ byName + ", largest maxTimeMS " + largestMaxTime);
	}

	private void runExamples() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("src/test/resources/graphql-test"))) {
			for (Path example : files.sorted().toList()) {
				String text = Files.readString(example);
				admin().document(text).variables(variables(text)).execute();
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> variables(String text) {
		String first = text.lines().findFirst().orElse("");
		if (!first.startsWith("# variables:")) {
			return Map.of();
		}
		return JSON.readValue(first.substring("# variables:".length()), Map.class);
	}

	private void readFeedsPagesAndKeys() {
		admin().document("{ briefings(first: 3) { totalCount edges { node { id officials { id } } } } }")
			.execute()
			.errors()
			.verify();
		admin().document(
				"query F($f: BriefingFilter) { briefings(first: 5, filter: $f) { totalCount edges { node { id } } } }")
			.variable("f", Map.of("officials", List.of(ZAS)))
			.execute()
			.errors()
			.verify();
		admin().document("query N($id: ID!) { node(id: $id) { id } nodes(ids: [$id]) { id } }")
			.variable("id", ZAS)
			.execute()
			.errors()
			.verify();
		admin().document("""
				query O($id: ID!) { official(id: $id) { briefings(first: 2) { totalCount edges { cursor } }
				  quotes(first: 2) { totalCount } operations { id } } }""")
			.variable("id", ZAS)
			.execute()
			.errors()
			.verify();
		admin().document("""
				{ officials(first: 100) { totalCount edges { node { briefings(first: 3) { totalCount } } } }
				  organizations(first: 100) { edges { node { officials { id } operations { id } } } }
				  operations(first: 100) { edges { node { officials { id } } } } }""").execute().errors().verify();
		admin().document(
				"query S($f: BriefingFilter) { search(query: \"Zas border\", first: 3, filter: $f) { edges { node { id } } } }")
			.variable("f", Map.of("organizations", List.of(CSTO)))
			.execute()
			.errors()
			.verify();
		admin().document("{ apiKeys(first: 5) { totalCount edges { node { id } } } }").execute().errors().verify();
		admin().document("{ ingestionRecords(first: 2) { totalCount edges { node { id } } } }")
			.execute()
			.errors()
			.verify();
	}

	private void ingest(String externalId) {
		admin().document("""
				mutation I($input: IngestDocumentInput!) { ingestDocument(input: $input) { briefings { id } } }""")
			.variable("input",
					Map.of("text",
							"\"We will keep the border open,\" Stanislav Zas said on Friday in " + externalId + ".",
							"externalId", externalId))
			.execute()
			.errors()
			.verify();
	}

	private void readOverGetAndAsPersistedQuery() throws Exception {
		String query = "{ operations(first: 3) { edges { node { name } } } } # over GET";
		String hash = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(query.getBytes(StandardCharsets.UTF_8)));
		Map<String, Object> persisted = Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
		admin().document(query)
			.extension("persistedQuery", persisted.get("persistedQuery"))
			.execute()
			.errors()
			.verify();
		this.http.get()
			.uri((builder) -> builder.path("/graphql")
				.queryParam("extensions", "{extensions}")
				.build(JSON.writeValueAsString(persisted)))
			.header("Authorization", "Bearer " + IntegrationTest.API_KEY)
			.exchange()
			.expectBody()
			.jsonPath("$.data.operations.edges")
			.isNotEmpty();
	}

	private void startASubscriptionOverServerSentEvents() throws Exception {
		String body = """
				{"query": "subscription { briefingPublished(filter: { officials: [\\"%s\\"] }) { title } }"}"""
			.formatted(ZAS);
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Accept", "text/event-stream")
			.header("Authorization", "Bearer " + IntegrationTest.API_KEY)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		CompletableFuture<HttpResponse<Stream<String>>> response = HttpClient.newHttpClient()
			.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
		for (int attempt = 0; attempt < 30 && !response.isDone(); attempt++) {
			ingest("request-limit-live-" + attempt);
		}
		HttpResponse<Stream<String>> stream = response.get(10, TimeUnit.SECONDS);
		assertThat(stream.statusCode()).isEqualTo(200);
		stream.body().close();
	}

	private void startASubscriptionOverGraphQlWs() throws Exception {
		WebSocketGraphQlClient client = WebSocketGraphQlClient
			.builder("ws://127.0.0.1:" + this.port + "/graphql", new StandardWebSocketClient())
			.header("Authorization", "Bearer " + IntegrationTest.API_KEY)
			.build();
		try {
			CompletableFuture<ClientGraphQlResponse> first = client
				.document("subscription S($o: ID!) { briefingPublished(filter: { officials: [$o] }) { title } }")
				.variable("o", ZAS)
				.executeSubscription()
				.next()
				.toFuture();
			client.start().block(Duration.ofSeconds(10));
			for (int attempt = 0; attempt < 30 && !first.isDone(); attempt++) {
				ingest("request-limit-ws-" + attempt);
			}
			assertThat(first.get(10, TimeUnit.SECONDS).isValid()).isTrue();
		}
		finally {
			client.stop().block(Duration.ofSeconds(5));
		}
	}

	private HttpGraphQlTester admin() {
		return this.anonymous.mutate()
			.webTestClient((client) -> client.responseTimeout(Duration.ofSeconds(60)))
			.header("Authorization", "Bearer " + IntegrationTest.API_KEY)
			.build();
	}

}
