package app.briefings.mongo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import app.briefings.IntegrationTest;
import app.briefings.TestApiKeys;
import app.briefings.TestApiKeys.CreatedKey;
import app.briefings.graphql.node.GlobalId;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs a workload through the API (start-up with the sample page and the curated
 * knowledge base, feeds and filters, entity pages, quotes, search, ingestion, editorial
 * changes with their re-extraction, budgets kept in MongoDB, API keys), records every
 * command the driver sends, and judges each query shape against the indexes the
 * application declares at start-up with {@link IndexCoverage}. A shape no index serves
 * must be listed below with the reason it may scan; a new one fails the test. This stands
 * in for {@code explain()} where no MongoDB server runs.
 */
@IntegrationTest
@Import(RecordedCommands.class)
@TestPropertySource(properties = "briefings.budget.store=mongo")
class MongoIndexCoverageTests {

	private static final String KNOWLEDGE_BASE = "knowledge base collection, a few thousand curated entities at most";

	/** The shapes that may scan, with the reason. */
	private static final Map<String, String> MAY_SCAN = Map.ofEntries(
			Map.entry("aggregate apiKeys [{\"$match\": {}}, {\"$group\": \"…\"}]",
					"totalCount of the admin key list: one document per issued key"),
			Map.entry("aggregate officials [{\"$match\": {}}, {\"$group\": \"…\"}]", KNOWLEDGE_BASE),
			Map.entry("delete budgets {\"window\": {\"$lt\": \"?\"}}",
					"hourly clean-up of past budget windows: one document per caller and hour"),
			Map.entry("find briefings {}",
					"start-up only: the search index rebuild and the repair sweep read every briefing once"),
			Map.entry("find documents {\"text\": {\"$regex\": \"?\"}}",
					"editorial scan of raw texts for a new name: no index serves a case-insensitive substring;"
							+ " capped at 500 ids, bounded by maxTimeMS, run before the change is stored"),
			Map.entry("find documents {}", "start-up only: the repair sweep reads every document's state once"),
			Map.entry("find entityRedirects {\"collection\": \"?\"}",
					"one document per merged entity, loaded whole per collection"),
			Map.entry("update entityRedirects {\"collection\": \"?\", \"survivorId\": \"?\"}",
					"one document per merged entity"),
			Map.entry("find entityRedirects {\"collection\": \"?\", \"survivorId\": \"?\"}",
					"one document per merged entity"),
			Map.entry("find candidates {\"contextCount\": {\"$exists\": \"?\"}}",
					"start-up only: candidates stored before the count was kept get it once"),
			Map.entry("find events {}", KNOWLEDGE_BASE), Map.entry("find officials {}", KNOWLEDGE_BASE),
			Map.entry("find operations {}", KNOWLEDGE_BASE), Map.entry("find organizations {}", KNOWLEDGE_BASE),
			Map.entry("find places {}", KNOWLEDGE_BASE),
			Map.entry("find officials {\"positions.organization\": {\"$in\": [\"?\"]}} sort {\"name\": 1, \"_id\": 1}",
					KNOWLEDGE_BASE),
			Map.entry("find operations {\"organization\": {\"$in\": [\"?\"]}} sort {\"name\": 1, \"_id\": 1}",
					KNOWLEDGE_BASE));

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String ZAS = GlobalId.encode("Official", "stanislav-zas");

	private static final String TASMAGAMBETOV = GlobalId.encode("Official", "imangali-tasmagambetov");

	private static final String CSTO = GlobalId.encode("Organization", "csto");

	@Autowired
	HttpGraphQlTester anonymous;

	@Test
	void shouldServeEveryQueryShapeByADeclaredIndexOrSayWhyItMayScan() throws IOException {
		runWorkload();
		IndexCoverage coverage = new IndexCoverage(RecordedCommands.declaredIndexes());
		Map<String, CommandShape> shapes = new TreeMap<>();
		Set<String> collections = new TreeSet<>();
		for (BsonDocument command : RecordedCommands.all()) {
			for (CommandShape shape : coverage.judge(command)) {
				shapes.putIfAbsent(shape.shape(), shape);
				collections.add(shape.shape().split(" ")[1]);
			}
		}
		List<String> unexpected = report(shapes);
		assertThat(collections).as("collections the workload queried")
			.contains("briefings", "documents", "officials", "organizations", "operations", "candidates", "apiKeys",
					"budgets", "reextractionJobs");
		assertThat(unexpected).as("query shapes no declared index serves and not listed with a reason").isEmpty();
	}

	private static List<String> report(Map<String, CommandShape> shapes) {
		List<String> unexpected = new ArrayList<>();
		List<String> lines = new ArrayList<>();
		int covered = 0;
		for (CommandShape shape : shapes.values()) {
			if (shape.covered()) {
				covered++;
				continue;
			}
			String listed = MAY_SCAN.get(shape.shape());
			lines.add("  " + shape.shape() + "\n      "
					+ ((listed != null) ? "may scan: " + listed : "NOT SERVED: " + shape.reason()));
			if (listed == null) {
				unexpected.add(shape.shape() + " (" + shape.reason() + ")");
			}
		}
		System.out.println("[index coverage] " + covered + " of " + shapes.size() + " query shapes served by an index"
				+ (lines.isEmpty() ? "" : "; the others:"));
		lines.forEach(System.out::println);
		return unexpected;
	}

	private void runWorkload() throws IOException {
		runExamples();
		String quoted = ingestQuote();
		pageTheFeed();
		filterTheFeed();
		readEntityPages();
		search();
		listIngestion();
		manageKeys();
		edit(quoted);
	}

	private void runExamples() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("src/test/resources/graphql-test"))) {
			for (Path example : files.sorted().toList()) {
				String text = Files.readString(example);
				admin().document(text).variables(variables(text)).execute().errors().verify();
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

	private void pageTheFeed() {
		String page = "query P($after: String, $before: String, $first: Int, $last: Int) { briefings(first: $first, after: $after, last: $last, before: $before) { totalCount edges { cursor node { id } } } }";
		String cursor = admin().document(page)
			.variable("first", 2)
			.execute()
			.path("briefings.edges[1].cursor")
			.entity(String.class)
			.get();
		admin().document(page).variable("first", 2).variable("after", cursor).execute().errors().verify();
		admin().document(page).variable("last", 2).variable("before", cursor).execute().errors().verify();
	}

	private void filterTheFeed() {
		String filtered = "query F($filter: BriefingFilter) { briefings(first: 5, filter: $filter) { totalCount edges { node { id } } } }";
		for (Map<String, Object> filter : List.of(Map.<String, Object>of("officials", List.of(ZAS)),
				Map.<String, Object>of("organizations", List.of(CSTO), "language", "en"),
				Map.<String, Object>of("sources", List.of("Example wire"), "publishedBefore", "2030-01-01T00:00:00Z"),
				Map.<String, Object>of("query", "border"))) {
			admin().document(filtered).variable("filter", filter).execute().errors().verify();
		}
	}

	private void readEntityPages() {
		String official = """
				query O($id: ID!, $after: String, $quotesAfter: String) { official(id: $id) {
				  briefings(first: 2, after: $after) { totalCount edges { cursor } }
				  quotes(first: 2, after: $quotesAfter) { totalCount edges { cursor } }
				  operations { id } } }""";
		GraphQlTester.Response first = admin().document(official).variable("id", ZAS).execute();
		first.errors().verify();
		String briefingCursor = first.path("official.briefings.edges[0].cursor").entity(String.class).get();
		String quoteCursor = first.path("official.quotes.edges[0].cursor").entity(String.class).get();
		admin().document(official)
			.variable("id", ZAS)
			.variable("after", briefingCursor)
			.variable("quotesAfter", quoteCursor)
			.execute()
			.errors()
			.verify();
		admin().document(
				"""
						{ officials(first: 100) { totalCount edges { node { quotes(last: 2) { totalCount }
						    briefings(first: 3) { totalCount } } } }
						  organizations(first: 100) { edges { node { officials { id } operations { id } } } }
						  operations(first: 100) { edges { node { officials { id } briefings(first: 2) { totalCount } } } } }""")
			.execute()
			.errors()
			.verify();
	}

	private void search() {
		admin().document("""
				query S($filter: BriefingFilter) { search(query: "Zas border", first: 3, filter: $filter) {
				  edges { node { id } } } }""")
			.variable("filter", Map.of("officials", List.of(ZAS)))
			.execute()
			.errors()
			.verify();
	}

	private void listIngestion() {
		String records = "query R($after: String) { ingestionRecords(first: 2, after: $after) { totalCount edges { cursor node { id } } } }";
		String cursor = admin().document(records)
			.execute()
			.path("ingestionRecords.edges[1].cursor")
			.entity(String.class)
			.get();
		admin().document(records).variable("after", cursor).execute().errors().verify();
	}

	private void manageKeys() {
		CreatedKey created = TestApiKeys.create(this.anonymous, IntegrationTest.API_KEY, "coverage-partner", "PARTNER");
		String id = created.id();
		String secret = created.secret();
		as(secret).document("{ ingestionRecords(first: 1) { totalCount } }").execute().errors().verify();
		admin().document("{ apiKeys(first: 5) { totalCount edges { cursor node { id } } } }")
			.execute()
			.errors()
			.verify();
		admin().document("mutation R($id: ID!) { rotateApiKey(id: $id) { secret } }")
			.variable("id", id)
			.execute()
			.errors()
			.verify();
		admin().document("mutation R($id: ID!) { revokeApiKey(id: $id) { key { revokedAt } } }")
			.variable("id", id)
			.execute()
			.errors()
			.verify();
	}

	private String ingestQuote() {
		return admin().document("""
				mutation I($input: IngestDocumentInput!) { ingestDocument(input: $input) { briefings { id } } }""")
			.variable("input", Map.of("text",
					"\"We will keep the border open,\" Stanislav Zas said on Friday. Kanybek Zhoroev later left for Osh.",
					"externalId", "coverage-edit-1"))
			.execute()
			.path("ingestDocument.briefings[0].id")
			.entity(String.class)
			.get();
	}

	private void edit(String briefingId) {
		admin().document("""
				mutation Q($b: ID!, $s: ID!) { correctQuoteSpeaker(briefingId: $b, quoteIndex: 0, speakerId: $s) {
				  briefing { id } } }""")
			.variable("b", briefingId)
			.variable("s", TASMAGAMBETOV)
			.execute()
			.errors()
			.verify();
		admin().document("mutation R($id: ID!) { reviewEntity(id: $id, status: REJECTED) { entity { id } } }")
			.variable("id", CSTO)
			.execute()
			.errors()
			.verify();
		admin().document("mutation R($id: ID!) { reviewEntity(id: $id, status: REVIEWED) { entity { id } } }")
			.variable("id", CSTO)
			.execute()
			.errors()
			.verify();
		List<String> candidates = admin()
			.document("{ entityCandidates(first: 10, status: OPEN) { edges { node { id surface type } } } }")
			.execute()
			.path("entityCandidates.edges[*].node.id")
			.entityList(String.class)
			.get();
		assertThat(candidates).as("open candidates to decide on").hasSizeGreaterThanOrEqualTo(2);
		String accepted = admin().document(
				"""
						mutation A($input: AcceptCandidateInput!) { acceptCandidate(input: $input) { entity { ... on Node { id } } } }""")
			.variable("input",
					Map.of("id", candidates.get(0), "asNewEntity",
							Map.of("type", "OFFICIAL", "name", "Coverage Newcomer")))
			.execute()
			.path("acceptCandidate.entity.id")
			.entity(String.class)
			.get();
		admin().document("mutation D($id: ID!) { dismissCandidate(id: $id) { candidate { status } } }")
			.variable("id", candidates.get(1))
			.execute()
			.errors()
			.verify();
		admin().document(
				"mutation M($s: ID!, $m: ID!) { mergeEntities(survivorId: $s, mergedId: $m) { rewrittenBriefings } }")
			.variable("s", TASMAGAMBETOV)
			.variable("m", accepted)
			.execute()
			.errors()
			.verify();
		String job = admin().document("mutation { reextractDocuments { reextraction { id } } }")
			.execute()
			.path("reextractDocuments.reextraction.id")
			.entity(String.class)
			.get();
		ReextractionJobWait.until(admin(), job);
	}

	private HttpGraphQlTester admin() {
		return as(IntegrationTest.API_KEY);
	}

	private HttpGraphQlTester as(String key) {
		return this.anonymous.mutate()
			.webTestClient((client) -> client.responseTimeout(Duration.ofSeconds(60)))
			.header("Authorization", "Bearer " + key)
			.build();
	}

}
