package app.briefings.graphql;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import app.briefings.GraphQlHttp;
import app.briefings.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Operator-shaped strings, regex bombs and oversized strings in every argument that
 * reaches a MongoDB query answer with a coded error or a normal, properly filtered
 * result, in reasonable time; and no main code can pass user input to MongoDB as an
 * operator.
 */
@IntegrationTest
class InjectionIntegrationTests {

	private static final List<String> PAYLOADS = List.of("{\"$ne\": null}", "$where", "{\"$gt\": \"\"}", ".*", "(a+)+$",
			"a".repeat(99) + "!", "this.title == this.title || sleep(1000)", "{\"$regex\": \".*\"}",
			"x".repeat(10_000));

	private static final List<String> CODES_FOR_BAD_INPUT = List.of("BAD_USER_INPUT", "INVALID_ID", "INVALID_CURSOR",
			"GRAPHQL_VALIDATION_FAILED");

	private static final Duration BOUND = Duration.ofSeconds(5);

	private static final String FEED = "query($filter: BriefingFilter, $after: String, $before: String) "
			+ "{ briefings(first: 100, filter: $filter, after: $after, before: $before) { edges { node { id title body } } } }";

	@LocalServerPort
	int port;

	@Test
	void shouldTreatFilterIdsAsIdsOnly() throws Exception {
		for (String field : List.of("officials", "organizations", "operations", "places")) {
			for (String payload : PAYLOADS) {
				assertFeedIsEmptyOrCodedError(Map.of("filter", Map.of(field, List.of(payload))), field);
			}
		}
	}

	@Test
	void shouldMatchSourcesAndLanguageExactly() throws Exception {
		for (String payload : PAYLOADS) {
			assertFeedIsEmptyOrCodedError(Map.of("filter", Map.of("sources", List.of(payload))), "sources");
			assertFeedIsEmptyOrCodedError(Map.of("filter", Map.of("language", payload)), "language");
		}
	}

	@Test
	void shouldMatchTheFreeTextQueryLiterally() throws Exception {
		for (String payload : PAYLOADS) {
			GraphQlHttp.Answer answer = timed("query " + abbreviated(payload), FEED,
					Map.of("filter", Map.of("query", payload)));
			assertCodedOrNone(answer);
			for (Map<String, Object> node : nodes(answer)) {
				String text = (node.get("title") + " " + node.get("body")).toLowerCase();
				assertThat(text).contains(payload.strip().toLowerCase());
			}
		}
	}

	@Test
	void shouldRefuseOperatorShapedDatesAndCursors() throws Exception {
		for (String payload : PAYLOADS) {
			assertFeedIsEmptyOrCodedError(Map.of("filter", Map.of("publishedAfter", payload)), "publishedAfter");
			assertFeedIsEmptyOrCodedError(Map.of("filter", Map.of("publishedBefore", payload)), "publishedBefore");
			assertFeedIsEmptyOrCodedError(Map.of("after", payload), "after");
			assertFeedIsEmptyOrCodedError(Map.of("before", payload), "before");
		}
	}

	@Test
	void shouldResolveNoObjectForOperatorShapedIds() throws Exception {
		List<String> documents = List.of("query($id: ID!) { node(id: $id) { id } }",
				"query($id: ID!) { official(id: $id) { id } }", "query($id: ID!) { operation(id: $id) { id } }",
				"query($id: ID!) { organization(id: $id) { id } }", "query($id: ID!) { briefing(id: $id) { id } }");
		for (String payload : PAYLOADS) {
			for (String document : documents) {
				GraphQlHttp.Answer answer = timed(document + " " + abbreviated(payload), document,
						Map.of("id", payload));
				assertCodedOrNone(answer);
				assertThat(answer.data()).isNotNull();
				assertThat(answer.data().values()).containsOnlyNulls();
			}
			GraphQlHttp.Answer nodes = timed("nodes " + abbreviated(payload),
					"query($ids: [ID!]!) { nodes(ids: $ids) { id } }", Map.of("ids", List.of(payload)));
			assertCodedOrNone(nodes);
			assertThat(String.valueOf(nodes.data())).doesNotContain("\"id\"");
		}
	}

	@Test
	void shouldSearchAndPageWithoutInterpretingInput() throws Exception {
		String search = "query($q: String!, $after: String) { search(query: $q, first: 100, after: $after) { edges { node { id } } } }";
		for (String payload : PAYLOADS) {
			assertCodedOrNone(timed("search " + abbreviated(payload), search, Map.of("q", payload)));
			assertCodedOrNone(
					timed("search after " + abbreviated(payload), search, Map.of("q", "Lavrov", "after", payload)));
			assertCodedOrNone(timed("officials after " + abbreviated(payload),
					"query($after: String) { officials(first: 5, after: $after) { edges { node { id briefings(first: 5, after: $after) { edges { node { id } } } } } } }",
					Map.of("after", payload)));
		}
	}

	/**
	 * The text itself reaches MongoDB only as its SHA-256 hash and as a stored value, so
	 * it is left out here: an operator-shaped text is a valid news text.
	 */
	@Test
	void shouldValidateEveryIngestionFieldBeforeAnyQuery() throws Exception {
		GraphQlHttp partner = new GraphQlHttp(this.port, IntegrationTest.API_KEY);
		String ingest = "mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { duplicate } }";
		for (String payload : PAYLOADS) {
			for (String field : List.of("sourceName", "sourceUrl", "publishedAt", "language", "externalId")) {
				Map<String, Object> input = new java.util.HashMap<>();
				input.put("text", "Go back\n\nBack to the section");
				input.put(field, payload);
				GraphQlHttp.Answer answer = partner.post(ingest, Map.of("input", input));
				assertThat(answer.errorCodes()).as(field + " " + abbreviated(payload))
					.singleElement()
					.isEqualTo("BAD_USER_INPUT");
			}
		}
	}

	@Test
	void shouldKeepUserInputOutOfOperatorsInMainCode() throws IOException {
		List<String> offences = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(InjectionIntegrationTests::isMainCodeHandlingRequests).toList()) {
				String source = Files.readString(file);
				for (String forbidden : List.of("$where", "$function", "$accumulator", "BasicQuery", "Document.parse",
						"BasicDBObject.parse", "BsonDocument.parse")) {
					if (source.contains(forbidden)) {
						offences.add(file + " uses " + forbidden);
					}
				}
			}
		}
		assertThat(offences).isEmpty();
	}

	/**
	 * Every main source file except the importer of the curated knowledge base, which
	 * parses JSON shipped in the jar, never request input.
	 */
	private static boolean isMainCodeHandlingRequests(Path path) {
		return path.toString().endsWith(".java")
				&& !path.endsWith(Path.of("knowledgebase", "CuratedDataImporter.java"));
	}

	private void assertFeedIsEmptyOrCodedError(Map<String, Object> variables, String argument) throws IOException {
		GraphQlHttp.Answer answer = timed(argument + " " + abbreviated(String.valueOf(variables)), FEED, variables);
		assertCodedOrNone(answer);
		assertThat(nodes(answer)).as(argument).isEmpty();
	}

	private GraphQlHttp.Answer timed(String what, String document, Map<String, Object> variables) throws IOException {
		long start = System.nanoTime();
		GraphQlHttp.Answer answer = new GraphQlHttp(this.port, null).post(document, variables);
		Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
		assertThat(elapsed).as(what).isLessThan(BOUND);
		return answer;
	}

	private static void assertCodedOrNone(GraphQlHttp.Answer answer) {
		assertThat(answer.errorCodes()).allSatisfy((code) -> assertThat(code).isIn(CODES_FOR_BAD_INPUT.toArray()));
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> nodes(GraphQlHttp.Answer answer) {
		Map<String, Object> data = answer.data();
		if (data == null || data.get("briefings") == null) {
			return List.of();
		}
		List<Map<String, Object>> nodes = new ArrayList<>();
		for (Map<String, Object> edge : (List<Map<String, Object>>) ((Map<String, Object>) data.get("briefings"))
			.get("edges")) {
			nodes.add((Map<String, Object>) edge.get("node"));
		}
		return nodes;
	}

	private static String abbreviated(String text) {
		return (text.length() > 40) ? text.substring(0, 40) + "…(" + text.length() + ")" : text;
	}

}
