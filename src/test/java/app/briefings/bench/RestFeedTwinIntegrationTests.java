package app.briefings.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.briefings.MongoCommandCounter;
import app.briefings.TestMongo;
import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingRepository;
import app.briefings.briefing.BriefingStatus;
import app.briefings.briefing.DateSource;
import app.briefings.briefing.Quote;
import app.briefings.briefing.QuoteKind;
import app.briefings.briefing.Source;
import app.briefings.briefing.TextSpan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The REST twin of the feed answers exactly the bytes GraphQL writes as {@code data}, and
 * the feed, a deep query through officials and the twin each send the same few MongoDB
 * commands at 1, 20 and 100 briefings. A context of its own with the profile
 * {@code bench}, the only place the twin exists.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "briefings.mongo.embedded.storage=memory")
@ActiveProfiles("bench")
@Import({ TestMongo.class, MongoCommandCounter.class })
class RestFeedTwinIntegrationTests {

	private static final Instant SEEDED_AT = Instant.parse("2031-01-01T00:00:00.250Z");

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	int port;

	@BeforeAll
	static void seedBriefings(@Autowired BriefingRepository briefings) {
		for (int i = 0; i < 120; i++) {
			briefings.save(seededBriefing(i));
		}
	}

	private static Briefing seededBriefing(int i) {
		List<Quote> quotes = List.of(
				quote("«Мы готовы» \"quoted\" \\ <b>&</b> \u2028 ✓ " + i, (i % 2 == 0) ? "stanislav-zas" : null),
				quote("Second quote " + i, "imangali-tasmagambetov"));
		List<String> officials = (i % 3 == 0) ? List.of() : List.of("stanislav-zas", "sergey-lavrov", "nobody");
		return new Briefing("bench-twin-" + i, "bench-twin", i, "Брифинг \"" + i + "\" – ОДКБ", "Body " + i, null,
				SEEDED_AT.plusSeconds(i * 61L), DateSource.DOCUMENT, "ru", new Source("Test", null, null), List.of(),
				quotes, List.of(), List.of(), officials, List.of("csto", "un"), List.of("rubezh", "channel"), List.of(),
				List.of(), "test", BriefingStatus.PUBLISHED, SEEDED_AT);
	}

	private static Quote quote(String text, String speakerId) {
		return new Quote(text, QuoteKind.DIRECT, new TextSpan(0, 5), 0.9, speakerId, "Zas", null, "said", null);
	}

	@Test
	void shouldAnswerTheBytesGraphQlWritesAsData() throws Exception {
		for (int first : new int[] { 1, 20, 100 }) {
			String graphQlData = graphQlData("benchFeed", first);
			String rest = get("/bench/rest/feed?first=" + first);
			assertThat(rest).as("REST body at first %d", first).isEqualTo(graphQlData);
			assertThat(json.readTree(rest).at("/briefings/edges").size()).isEqualTo(first);
		}
	}

	@Test
	void shouldShowSpecialCharactersAndUnlinkedSpeakersAsGraphQlDoes() throws Exception {
		String rest = get("/bench/rest/feed?first=2");
		assertThat(rest).contains("«Мы готовы» \\\"quoted\\\" \\\\ <b>&</b>")
			.contains("\"speaker\":null")
			.contains("\"publishedAt\":\"2031-01-01T02:00:59.25Z\"");
	}

	@Test
	void shouldSendTheSameFewCommandsAtOneTwentyAndAHundredBriefings() throws Exception {
		List<Integer> feed = commandCounts((first) -> graphQlData("benchFeed", first));
		List<Integer> deep = commandCounts((first) -> graphQlData("feedOfficialsDeep", first));
		List<Integer> twin = commandCounts((first) -> get("/bench/rest/feed?first=" + first));
		System.out.println("[briefings bench] MongoDB commands at first 1, 20, 100: feed " + feed + ", deep query "
				+ deep + ", REST twin " + twin);
		assertThat(feed).containsOnly(feed.get(0));
		assertThat(feed.get(0)).isLessThanOrEqualTo(6);
		assertThat(deep).containsOnly(deep.get(0));
		assertThat(twin).containsOnly(twin.get(0));
	}

	private List<Integer> commandCounts(Request request) throws Exception {
		List<Integer> counts = new ArrayList<>();
		for (int first : new int[] { 1, 20, 100 }) {
			MongoCommandCounter.reset();
			request.send(first);
			counts.add(MongoCommandCounter.commands().size());
		}
		return counts;
	}

	private String graphQlData(String documentName, int first) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", document(documentName));
		body.put("variables", Map.of("first", first));
		HttpRequest request = HttpRequest.newBuilder(uri("/graphql"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
			.build();
		return dataAsWritten(send(request));
	}

	/**
	 * The exact characters of the top-level {@code data} member of a GraphQL answer, as
	 * the server wrote them.
	 */
	private static String dataAsWritten(String answer) {
		try (JsonParser parser = json.createParser(answer)) {
			assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				parser.nextToken();
				int start = (int) parser.currentTokenLocation().getCharOffset();
				parser.skipChildren();
				int end = (int) parser.currentLocation().getCharOffset();
				assertThat(name).as(answer).isNotEqualTo("errors");
				if (name.equals("data")) {
					return answer.substring(start, end);
				}
			}
		}
		throw new AssertionError("No data in " + answer);
	}

	private String get(String path) throws Exception {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET().build());
	}

	private String send(HttpRequest request) throws IOException, InterruptedException {
		HttpResponse<String> response = this.client.send(request,
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return response.body();
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private static String document(String name) throws IOException {
		return Files.readString(Path.of("src/test/resources/graphql-test", name + ".graphql"));
	}

	/** One request whose MongoDB commands are counted. */
	private interface Request {

		Object send(int first) throws Exception;

	}

}
