package app.briefings.ingestion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.briefings.IntegrationTest;
import app.briefings.PatientTesters;
import app.briefings.MongoCommandCounter;
import app.briefings.TestApiKeys;
import app.briefings.TestDocuments;
import app.briefings.briefing.Briefing;
import app.briefings.ingestion.document.DocumentFields;
import app.briefings.ingestion.document.DocumentIds;
import app.briefings.ingestion.document.DocumentStore;
import app.briefings.ingestion.document.DocumentValidator;
import app.briefings.ingestion.document.IngestDocumentInput;
import app.briefings.ingestion.document.RawDocument;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partners' batch mutation {@code ingestDocuments} over HTTP stores a call's new
 * documents together (one command per step for all of them), answers every document as
 * ingesting it alone would, and leaves what an interrupted call stored for its retry to
 * complete.
 */
@IntegrationTest
class BatchIngestionIntegrationTests {

	private static final String INGEST_ALL = """
			mutation($inputs: [IngestDocumentInput!]!) {
			  ingestDocuments(inputs: $inputs) {
			    results { index externalId outcome error { code field } record { status } briefings { title status version } }
			  }
			}""";

	private static final String INGEST_OUTCOMES = """
			mutation($inputs: [IngestDocumentInput!]!) { ingestDocuments(inputs: $inputs) { results { outcome } } }""";

	private static final List<String> WRITE_STEPS = List.of("insert documents", "update briefings",
			"insert briefingChanges", "update documents");

	@Autowired
	HttpGraphQlTester anonymous;

	@Autowired
	IngestionService ingestion;

	@Autowired
	DocumentStore documents;

	@Autowired
	DocumentIds ids;

	@Autowired
	MongoOperations mongo;

	@BeforeEach
	void waitLongerForLargeBatches() {
		this.anonymous = PatientTesters.waitingAMinute(this.anonymous);
	}

	@Test
	void shouldSendAsManyCommandsForTenNewDocumentsAsForTwo() {
		HttpGraphQlTester partner = partnerKey("batch-count-" + System.nanoTime());
		commandsToIngest(partner, newDocuments("first", 1));
		List<String> two = commandsToIngest(partner, newDocuments("two", 2));
		List<String> ten = commandsToIngest(partner, newDocuments("ten", 10));
		System.out.println("[ingestion tests] MongoDB commands of ingestDocuments: " + two.size()
				+ " for 2 new documents, " + ten.size() + " for 10: " + ten);
		assertThat(ten).as("commands for ten new documents %s and for two %s", ten, two).hasSameSizeAs(two);
		for (String step : WRITE_STEPS) {
			assertThat(ten.stream().filter(step::equals)).as("%s in %s", step, ten).hasSize(1);
		}
		assertThat(ten.stream().filter("find documents"::equals)).as("look-ups in %s", ten).hasSize(1);
	}

	@Test
	void shouldAnswerAMixedBatchAsIngestingItsDocumentsOneByOneDoes() {
		String run = "mixed-" + System.nanoTime();
		String oneByOnePartner = "batch-alone-" + run;
		String batchPartner = "batch-together-" + run;
		List<IngestDocumentInput> earlier = List.of(wire(run + " stored", "stored"),
				wire(run + " first text", "fixed"));
		List<IngestDocumentInput> batch = mixedBatch(run);
		List<String> alone = new ArrayList<>();
		for (IngestDocumentInput input : earlier) {
			this.ingestion.ingestOne(input, oneByOnePartner);
			this.ingestion.ingestOne(input, batchPartner);
		}
		for (IngestDocumentInput input : batch) {
			alone.add(summary(this.ingestion.ingestOne(input, oneByOnePartner)));
		}

		GraphQlTester.Response response = partnerKey(batchPartner).document(INGEST_ALL)
			.variable("inputs", batch.stream().map(BatchIngestionIntegrationTests::variables).toList())
			.execute();

		response.errors().verify();
		List<Map<String, Object>> results = response.path("ingestDocuments.results").entityList(mapType()).get();
		List<String> together = results.stream().map(BatchIngestionIntegrationTests::summary).toList();
		assertThat(together).isEqualTo(alone);
		assertThat(together).extracting((line) -> line.substring(0, line.indexOf(' ')))
			.containsExactly("CREATED", "REJECTED", "DUPLICATE", "UPDATED", "DUPLICATE", "CREATED", "UPDATED",
					"REJECTED", "REJECTED", "CREATED", "DUPLICATE");
		for (Map<String, Object> result : results) {
			if (!"REJECTED".equals(result.get("outcome"))) {
				assertThat(result.get("record")).as("record of %s", result).isEqualTo(Map.of("status", "DONE"));
			}
		}
	}

	@Test
	void shouldCompleteTheDocumentsAnInterruptedBatchLeftPendingWhenTheCallIsRetried() {
		String run = "interrupted-" + System.nanoTime();
		String partner = "batch-retry-" + run;
		List<IngestDocumentInput> inputs = newDocuments(run, 3);
		leavePendingAsAFailedBriefingWriteWould(inputs, partner);

		GraphQlTester.Response response = partnerKey(partner).document(INGEST_ALL)
			.variable("inputs", inputs.stream().map(BatchIngestionIntegrationTests::variables).toList())
			.execute();

		response.errors().verify();
		response.path("ingestDocuments.results[*].outcome")
			.entityList(String.class)
			.containsExactly("DUPLICATE", "DUPLICATE", "DUPLICATE");
		response.path("ingestDocuments.results[*].record.status")
			.entityList(String.class)
			.containsExactly("DONE", "DONE", "DONE");
		for (int index = 0; index < inputs.size(); index++) {
			response.path("ingestDocuments.results[" + index + "].briefings")
				.entityList(Object.class)
				.hasSizeGreaterThan(0);
		}
	}

	private void leavePendingAsAFailedBriefingWriteWould(List<IngestDocumentInput> inputs, String partner) {
		Instant now = Instant.now();
		List<RawDocument> pending = new ArrayList<>();
		for (IngestDocumentInput input : inputs) {
			pending.add(RawDocument.pending(DocumentValidator.validate(input, now), partner, now, this.ids));
		}
		assertThat(this.documents.insertAllUnlessStored(pending)).hasSize(inputs.size());
		for (RawDocument document : pending) {
			Document stored = this.mongo.findOne(new Query(Criteria.where(DocumentFields.ID).is(document.id())),
					Document.class, DocumentFields.COLLECTION);
			assertThat(stored).isNotNull().containsEntry(DocumentFields.STATUS, "PENDING");
		}
	}

	private List<String> commandsToIngest(HttpGraphQlTester partner, List<IngestDocumentInput> inputs) {
		MongoCommandCounter.reset();
		partner.document(INGEST_OUTCOMES)
			.variable("inputs", inputs.stream().map(BatchIngestionIntegrationTests::variables).toList())
			.execute()
			.path("ingestDocuments.results[*].outcome")
			.entityList(String.class)
			.hasSize(inputs.size())
			.satisfies((outcomes) -> assertThat(outcomes).containsOnly("CREATED"));
		return MongoCommandCounter.commandsOfRequestThreads();
	}

	/**
	 * New documents, an invalid one, duplicates of a stored document and of one earlier
	 * in the call, a correction of a stored document and of one earlier in the call, a
	 * text with nothing to extract, an unsupported language, and two copies without an
	 * external ID.
	 */
	private static List<IngestDocumentInput> mixedBatch(String run) {
		return List.of(wire(run + " a", "a"), new IngestDocumentInput("   ", "Wire", null, null, "en", "blank"),
				wire(run + " stored", "stored"), wire(run + " second text", "fixed"), wire(run + " a", "a"),
				wire(run + " b", "b"), wire(run + " a corrected", "a"),
				new IngestDocumentInput("Go back\nBack to the section", "Wire", null, null, "en", "menu"),
				new IngestDocumentInput(TestDocuments.wireReport(run + " french"), "Wire", null, "2026-03-04", "fr",
						"french"),
				wire(run + " anonymous", null), wire(run + " anonymous", null));
	}

	private static List<IngestDocumentInput> newDocuments(String run, int count) {
		List<IngestDocumentInput> inputs = new ArrayList<>();
		for (int n = 0; n < count; n++) {
			inputs.add(wire(run + "-" + n + "-" + System.nanoTime(), run + "-" + n));
		}
		return inputs;
	}

	private static IngestDocumentInput wire(String marker, @Nullable String externalId) {
		return new IngestDocumentInput(TestDocuments.wireReport(marker), "Wire", null, "2026-03-04", "en", externalId);
	}

	private static Map<String, Object> variables(IngestDocumentInput input) {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("text", input.text());
		variables.put("sourceName", input.sourceName());
		variables.put("publishedAt", input.publishedAt());
		variables.put("language", input.language());
		variables.put("externalId", input.externalId());
		return variables;
	}

	/** Outcome, error code and field, and each briefing's title, status and version. */
	private static String summary(IngestionResult result) {
		List<String> briefings = new ArrayList<>();
		for (Briefing briefing : result.briefings()) {
			briefings.add(briefing.title() + " " + briefing.status().name() + " v" + briefing.version());
		}
		String code = (result.error() != null) ? result.error().code() : null;
		String field = (result.error() != null) ? result.error().field() : null;
		return result.outcome() + " " + code + " " + field + " " + briefings;
	}

	@SuppressWarnings("unchecked")
	private static String summary(Map<String, Object> result) {
		List<String> briefings = new ArrayList<>();
		for (Map<String, Object> briefing : (List<Map<String, Object>>) result.get("briefings")) {
			briefings.add(briefing.get("title") + " " + briefing.get("status") + " v" + briefing.get("version"));
		}
		Map<String, Object> error = (result.get("error") != null) ? (Map<String, Object>) result.get("error")
				: new HashMap<>();
		return result.get("outcome") + " " + error.get("code") + " " + error.get("field") + " " + briefings;
	}

	@SuppressWarnings("unchecked")
	private static Class<Map<String, Object>> mapType() {
		return (Class<Map<String, Object>>) (Class<?>) Map.class;
	}

	private HttpGraphQlTester partnerKey(String partner) {
		return TestApiKeys.withKey(this.anonymous, TestApiKeys.create(this.anonymous, partner, "PARTNER"));
	}

}
