package app.briefings.ingestion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.briefings.IntegrationTest;
import app.briefings.PatientTesters;
import app.briefings.TestApiKeys;
import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingStatus;
import app.briefings.graphql.node.GlobalId;
import app.briefings.ingestion.api.IngestionRecords;
import app.briefings.ingestion.document.ContentHash;
import app.briefings.ingestion.document.DocumentRevision;
import app.briefings.ingestion.document.DocumentStatus;
import app.briefings.ingestion.document.DocumentStore;
import app.briefings.ingestion.document.DocumentValidator;
import app.briefings.ingestion.document.IngestDocumentInput;
import app.briefings.ingestion.document.RawDocument;
import app.briefings.ingestion.document.ValidatedDocument;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Corrections, retractions, batches and the {@code ingestionRecord} query over HTTP, each
 * test with its own partner keys and external ids.
 */
@IntegrationTest
class CorrectionIntegrationTests {

	private static final String INGEST = """
			mutation($input: IngestDocumentInput!) {
			  ingestDocument(input: $input) {
			    outcome duplicate record { id version status }
			    briefings { id title body status version }
			  }
			}""";

	private static final String INGEST_ALL = """
			mutation($inputs: [IngestDocumentInput!]!) {
			  ingestDocuments(inputs: $inputs) {
			    results {
			      index externalId outcome error { code field message }
			      record { id status version } briefings { id status version }
			    }
			  }
			}""";

	private static final String RETRACT = """
			mutation($externalId: String!) {
			  retractDocument(externalId: $externalId) {
			    alreadyRetracted record { id status version } briefings { id status version }
			  }
			}""";

	private static final String RECORD = """
			query($externalId: String!, $partner: String) {
			  ingestionRecord(externalId: $externalId, partner: $partner) {
			    id partner externalId status version revisedAt text
			    revisions { version text contentHash receivedAt }
			    briefings { id status version body }
			  }
			}""";

	private static final String FEED = """
			query($text: String!) { briefings(first: 100, filter: { query: $text }) { edges { node { id body } } } }""";

	private static final String SEARCH = """
			query($text: String!) { search(query: $text, first: 20) { edges { node { id } } } }""";

	private static final String NODES = """
			query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Briefing { status version body } } }""";

	@Autowired
	HttpGraphQlTester anonymous;

	@Autowired
	MongoOperations mongo;

	@Autowired
	JsonMapper json;

	private final ListAppender<ILoggingEvent> audit = new ListAppender<>();

	@BeforeEach
	void waitLongerForLargeBatches() {
		this.anonymous = PatientTesters.waitingAMinute(this.anonymous);
	}

	@BeforeEach
	void captureAuditLog() {
		this.audit.start();
		auditLogger().addAppender(this.audit);
	}

	@AfterEach
	void releaseAuditLog() {
		auditLogger().detachAppender(this.audit);
	}

	@Test
	void shouldCorrectADocumentInPlaceKeepingItsIdsAndEarlierText() {
		HttpGraphQlTester partner = partnerKey("corrections-wire");
		String first = items("Velmorask signed the first accord", "Velmorask opened the second session");
		String corrected = items("Quendrath signed the first accord", "Quendrath opened the second session");
		List<String> ids = ingest(partner, "corr-1", first).path("ingestDocument.outcome")
			.entity(String.class)
			.isEqualTo("CREATED")
			.path("ingestDocument.briefings[*].version")
			.entityList(Integer.class)
			.containsExactly(1, 1)
			.path("ingestDocument.briefings[*].id")
			.entityList(String.class)
			.hasSize(2)
			.get();
		ingest(partner, "corr-1", corrected).path("ingestDocument.outcome")
			.entity(String.class)
			.isEqualTo("UPDATED")
			.path("ingestDocument.duplicate")
			.entity(Boolean.class)
			.isEqualTo(false)
			.path("ingestDocument.briefings[*].id")
			.entityList(String.class)
			.isEqualTo(ids)
			.path("ingestDocument.briefings[*].version")
			.entityList(Integer.class)
			.containsExactly(2, 2)
			.path("ingestDocument.record.version")
			.entity(Integer.class)
			.isEqualTo(2);
		GraphQlTester.Response record = record(partner, "corr-1", null);
		record.path("ingestionRecord.version").entity(Integer.class).isEqualTo(2);
		record.path("ingestionRecord.status").entity(String.class).isEqualTo("DONE");
		record.path("ingestionRecord.text").entity(String.class).isEqualTo(corrected);
		record.path("ingestionRecord.revisedAt").hasValue();
		record.path("ingestionRecord.revisions[*].text").entityList(String.class).containsExactly(first);
		record.path("ingestionRecord.revisions[0].version").entity(Integer.class).isEqualTo(1);
		record.path("ingestionRecord.revisions[0].contentHash").entity(String.class).isEqualTo(ContentHash.of(first));
		assertThat(feedIds("Quendrath")).containsExactlyInAnyOrderElementsOf(ids);
		assertThat(feedIds("Velmorask")).isEmpty();
		assertThat(searchIds("Quendrath")).containsExactlyInAnyOrderElementsOf(ids);
		assertThat(searchIds("Velmorask")).isEmpty();
		ingest(partner, "corr-1", corrected).path("ingestDocument.outcome")
			.entity(String.class)
			.isEqualTo("DUPLICATE")
			.path("ingestDocument.briefings[*].version")
			.entityList(Integer.class)
			.containsExactly(2, 2);
		assertThat(this.mongo.count(new Query(Criteria.where("externalId").is("corr-1")), RawDocument.class))
			.isEqualTo(1);
	}

	@Test
	void shouldRetractTheSurplusBriefingsOfACorrectionWithFewerItems() {
		HttpGraphQlTester partner = partnerKey("corrections-surplus");
		List<String> ids = ingest(partner, "surplus-1",
				items("Brastovel met the envoys", "Brastovel toured the base", "Brastovel left for Minsk"))
			.path("ingestDocument.briefings[*].id")
			.entityList(String.class)
			.hasSize(3)
			.get();
		ingest(partner, "surplus-1", items("Brastovel met the envoys again")).path("ingestDocument.briefings[*].id")
			.entityList(String.class)
			.containsExactly(ids.get(0));
		GraphQlTester.Response nodes = nodes(ids);
		nodes.path("nodes[*].status").entityList(String.class).containsExactly("PUBLISHED", "RETRACTED", "RETRACTED");
		nodes.path("nodes[*].version").entityList(Integer.class).containsExactly(2, 2, 2);
		assertThat(feedIds("Brastovel")).containsExactly(ids.get(0));
		assertThat(searchIds("Brastovel")).containsExactly(ids.get(0));
		record(partner, "surplus-1", null).path("ingestionRecord.briefings[*].id")
			.entityList(String.class)
			.containsExactly(ids.get(0));
		ingest(partner, "surplus-1",
				items("Brastovel met the envoys", "Brastovel toured the base", "Brastovel flew to Minsk"))
			.path("ingestDocument.briefings[*].id")
			.entityList(String.class)
			.isEqualTo(ids);
		nodes(ids).path("nodes[*].status")
			.entityList(String.class)
			.containsExactly("PUBLISHED", "PUBLISHED", "PUBLISHED")
			.path("nodes[*].version")
			.entityList(Integer.class)
			.containsExactly(3, 3, 3);
	}

	@Test
	void shouldRetractADocumentFromFeedsAndSearchButStillResolveIt() {
		HttpGraphQlTester partner = partnerKey("corrections-retract");
		String text = items("Morvendal announced the drill", "Morvendal cancelled the parade");
		List<String> ids = ingest(partner, "retract-1", text).path("ingestDocument.briefings[*].id")
			.entityList(String.class)
			.get();
		assertThat(searchIds("Morvendal")).containsExactlyInAnyOrderElementsOf(ids);
		partner.document(RETRACT)
			.variable("externalId", "retract-1")
			.execute()
			.path("retractDocument.alreadyRetracted")
			.entity(Boolean.class)
			.isEqualTo(false)
			.path("retractDocument.record.status")
			.entity(String.class)
			.isEqualTo("RETRACTED")
			.path("retractDocument.record.version")
			.entity(Integer.class)
			.isEqualTo(2)
			.path("retractDocument.briefings[*].id")
			.entityList(String.class)
			.isEqualTo(ids)
			.path("retractDocument.briefings[*].status")
			.entityList(String.class)
			.satisfies((values) -> assertThat(values).isNotEmpty().containsOnly("RETRACTED"));
		assertThat(feedIds("Morvendal")).isEmpty();
		assertThat(searchIds("Morvendal")).isEmpty();
		nodes(ids).path("nodes[*].status").entityList(String.class).containsExactly("RETRACTED", "RETRACTED");
		this.anonymous.document("query($id: ID!) { briefing(id: $id) { status version } }")
			.variable("id", ids.get(0))
			.execute()
			.path("briefing.status")
			.entity(String.class)
			.isEqualTo("RETRACTED");
		partner.document(RETRACT)
			.variable("externalId", "retract-1")
			.execute()
			.path("retractDocument.alreadyRetracted")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("retractDocument.record.version")
			.entity(Integer.class)
			.isEqualTo(2)
			.path("retractDocument.briefings[*].id")
			.entityList(String.class)
			.isEqualTo(ids);
		ingest(partner, "retract-1", text).path("ingestDocument.outcome")
			.entity(String.class)
			.isEqualTo("DUPLICATE")
			.path("ingestDocument.briefings[*].status")
			.entityList(String.class)
			.satisfies((values) -> assertThat(values).isNotEmpty().containsOnly("RETRACTED"));
		assertThat(feedIds("Morvendal")).isEmpty();
		ingest(partner, "retract-1", items("Morvendal announced the drill", "Morvendal held the parade"))
			.path("ingestDocument.outcome")
			.entity(String.class)
			.isEqualTo("UPDATED")
			.path("ingestDocument.record.status")
			.entity(String.class)
			.isEqualTo("DONE")
			.path("ingestDocument.briefings[*].version")
			.entityList(Integer.class)
			.containsExactly(3, 3);
		assertThat(feedIds("Morvendal")).containsExactlyInAnyOrderElementsOf(ids);
		assertThat(searchIds("Morvendal")).containsExactlyInAnyOrderElementsOf(ids);
	}

	@Test
	void shouldRefuseToRetractAnUnknownDocumentWithACode() {
		HttpGraphQlTester partner = partnerKey("corrections-unknown");
		ingest(partnerKey("corrections-other"), "someone-elses", items("Tarsivel crossed the border"));
		for (String externalId : List.of("never-sent", "someone-elses")) {
			partner.document(RETRACT)
				.variable("externalId", externalId)
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors).singleElement()
					.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "NOT_FOUND")
						.containsEntry("field", "externalId")));
		}
		assertThat(feedIds("Tarsivel")).hasSize(1);
	}

	@Test
	void shouldAnswerEachItemOfABatchAndRejectOnlyTheInvalidOnes() {
		HttpGraphQlTester partner = partnerKey("corrections-batch");
		String text = items("Kelvoran inspected the troops");
		List<Map<String, Object>> inputs = List.of(input("batch-ok", text), input("batch-blank", "   "),
				Map.of("text", items("Kelvoran visited Bishkek"), "externalId", "batch-date", "publishedAt", "soon"),
				input("batch-ok", text), input("batch-second", items("Kelvoran visited Dushanbe")));
		GraphQlTester.Response response = partner.document(INGEST_ALL).variable("inputs", inputs).execute();
		response.errors().verify();
		response.path("ingestDocuments.results[*].index").entityList(Integer.class).containsExactly(0, 1, 2, 3, 4);
		response.path("ingestDocuments.results[*].externalId")
			.entityList(String.class)
			.containsExactly("batch-ok", "batch-blank", "batch-date", "batch-ok", "batch-second");
		response.path("ingestDocuments.results[*].outcome")
			.entityList(String.class)
			.containsExactly("CREATED", "REJECTED", "REJECTED", "DUPLICATE", "CREATED");
		response.path("ingestDocuments.results[1].error.code").entity(String.class).isEqualTo("BAD_USER_INPUT");
		response.path("ingestDocuments.results[1].error.field").entity(String.class).isEqualTo("text");
		response.path("ingestDocuments.results[2].error.field").entity(String.class).isEqualTo("publishedAt");
		response.path("ingestDocuments.results[2].error.message").entity(String.class).satisfies((message) -> {
			assertThat(message).contains("soon");
		});
		response.path("ingestDocuments.results[1].record").valueIsNull();
		response.path("ingestDocuments.results[1].briefings").entityList(Object.class).hasSize(0);
		response.path("ingestDocuments.results[0].error").valueIsNull();
		response.path("ingestDocuments.results[0].record.status").entity(String.class).isEqualTo("DONE");
		List<String> first = response.path("ingestDocuments.results[0].briefings[*].id")
			.entityList(String.class)
			.hasSize(1)
			.get();
		response.path("ingestDocuments.results[3].briefings[*].id").entityList(String.class).isEqualTo(first);
		response.path("ingestDocuments.results[4].briefings[*].id").entityList(String.class).hasSize(1);
		assertThat(documentsWithExternalIds(List.of("batch-blank", "batch-date"))).isZero();
		assertThat(documentsWithExternalIds(List.of("batch-ok", "batch-second"))).isEqualTo(2);
		JsonNode line = auditLine("ingestDocuments", "corrections-batch");
		assertThat(line.get("outcome").asString()).isEqualTo("OK");
		assertThat(textsOf(line.get("targetIds"))).containsExactly(
				response.path("ingestDocuments.results[0].record.id").entity(String.class).get(),
				response.path("ingestDocuments.results[4].record.id").entity(String.class).get());
	}

	@Test
	void shouldRefuseABatchOfMoreThanOneHundredDocumentsAndStoreNothing() {
		HttpGraphQlTester partner = partnerKey("corrections-large");
		List<Map<String, Object>> inputs = new ArrayList<>();
		List<String> externalIds = new ArrayList<>();
		for (int index = 0; index <= IngestionService.MAX_BATCH_SIZE; index++) {
			externalIds.add("large-" + index);
			inputs.add(input("large-" + index, items("Ostravin item " + index + " was filed")));
		}
		partner.document(INGEST_ALL)
			.variable("inputs", inputs)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT")
					.containsEntry("field", "inputs");
				assertThat(error.getMessage()).contains("101").contains("100");
			}));
		assertThat(documentsWithExternalIds(externalIds)).isZero();
		GraphQlTester.Response accepted = untilNotTimedOut(
				partner.document(INGEST_ALL).variable("inputs", inputs.subList(0, IngestionService.MAX_BATCH_SIZE)));
		accepted.path("ingestDocuments.results[*].outcome")
			.entityList(String.class)
			.hasSize(IngestionService.MAX_BATCH_SIZE)
			.satisfies((values) -> assertThat(values).isSubsetOf("CREATED", "DUPLICATE"));
		accepted.path("ingestDocuments.results[*].briefings[0].id")
			.entityList(String.class)
			.hasSize(IngestionService.MAX_BATCH_SIZE);
		assertThat(documentsWithExternalIds(externalIds)).isEqualTo(IngestionService.MAX_BATCH_SIZE);
	}

	@Test
	void shouldShowARecordByExternalIdOnlyToItsPartnerAndAdmins() {
		HttpGraphQlTester alpha = partnerKey("corrections-alpha");
		HttpGraphQlTester beta = partnerKey("corrections-beta");
		String text = items("Drevanko reviewed the budget");
		String alphaDocument = ingest(alpha, "shared-1", text).path("ingestDocument.record.id")
			.entity(String.class)
			.get();
		String betaDocument = ingest(beta, "shared-1", text).path("ingestDocument.outcome")
			.entity(String.class)
			.isEqualTo("CREATED")
			.path("ingestDocument.record.id")
			.entity(String.class)
			.get();
		assertThat(betaDocument).as("the same text from two partners is two documents").isNotEqualTo(alphaDocument);
		record(alpha, "shared-1", null).path("ingestionRecord.id")
			.entity(String.class)
			.isEqualTo(alphaDocument)
			.path("ingestionRecord.partner")
			.entity(String.class)
			.isEqualTo("corrections-alpha")
			.path("ingestionRecord.text")
			.entity(String.class)
			.isEqualTo(text);
		record(alpha, "never-sent", null).path("ingestionRecord").valueIsNull();
		record(beta, "shared-1", "corrections-alpha").errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "FORBIDDEN")));
		record(admin(), "shared-1", "corrections-alpha").path("ingestionRecord.id")
			.entity(String.class)
			.isEqualTo(alphaDocument);
		record(key("corrections-reader", "READER"), "shared-1", null).errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "FORBIDDEN")));
	}

	@Test
	void shouldCompleteAnInterruptedCorrectionAtStartUp(@Autowired DocumentStore documents,
			@Autowired PendingDocumentReclaimer reclaimer, @Autowired IngestionRecords records) {
		HttpGraphQlTester partner = partnerKey("corrections-crash");
		String first = items("Sarvelion chaired the meeting", "Sarvelion signed the protocol");
		String corrected = items("Sarvelion chaired the summit");
		List<String> ids = ingest(partner, "crash-1", first).path("ingestDocument.briefings[*].id")
			.entityList(String.class)
			.get();
		RawDocument stored = storedDocument("crash-1");
		RawDocument interrupted = documents.beginCorrection(stored, validated(corrected, "crash-1"), Instant.now());
		assertThat(interrupted.status()).isEqualTo(DocumentStatus.PENDING);
		assertThat(briefingsOf(stored.id())).extracting(Briefing::version).containsOnly(1);
		reclaimer.run(null);
		RawDocument completed = storedDocument("crash-1");
		assertThat(completed.status()).isEqualTo(DocumentStatus.DONE);
		assertThat(completed.version()).isEqualTo(2);
		assertThat(completed.text()).isEqualTo(corrected);
		assertThat(records.revisionsOf(List.of(completed.id())).get(completed.id())).extracting(DocumentRevision::text)
			.containsExactly(first);
		assertThat(briefingsOf(stored.id())).extracting(Briefing::version).containsOnly(2);
		assertThat(briefingsOf(stored.id())).extracting(Briefing::status)
			.containsExactly(BriefingStatus.PUBLISHED, BriefingStatus.RETRACTED);
		assertThat(completed.briefingIds()).containsExactly(GlobalId.decode(ids.get(0), "Briefing"));
		assertThat(feedIds("Sarvelion")).containsExactly(ids.get(0));
	}

	@Test
	void shouldCompleteAnInterruptedCorrectionWhenThePartnerRetriesIt(@Autowired DocumentStore documents) {
		HttpGraphQlTester partner = partnerKey("corrections-retry");
		String corrected = items("Lorvanth opened the new office");
		ingest(partner, "retry-1", items("Lorvanth opened the office"));
		documents.beginCorrection(storedDocument("retry-1"), validated(corrected, "retry-1"), Instant.now());
		ingest(partner, "retry-1", corrected).path("ingestDocument.outcome")
			.entity(String.class)
			.isEqualTo("DUPLICATE")
			.path("ingestDocument.record.status")
			.entity(String.class)
			.isEqualTo("DONE")
			.path("ingestDocument.briefings[*].version")
			.entityList(Integer.class)
			.containsExactly(2)
			.path("ingestDocument.briefings[0].body")
			.entity(String.class)
			.satisfies((body) -> assertThat(body).contains("new office"));
	}

	@Test
	void shouldCompleteAnInterruptedRetractionAtStartUp(@Autowired DocumentStore documents,
			@Autowired PendingDocumentReclaimer reclaimer) {
		HttpGraphQlTester partner = partnerKey("corrections-crash-retract");
		ingest(partner, "crash-retract-1", items("Feldaquin closed the depot"));
		RawDocument retracting = documents.beginRetraction(storedDocument("crash-retract-1"));
		assertThat(retracting.status()).isEqualTo(DocumentStatus.PENDING);
		assertThat(feedIds("Feldaquin")).hasSize(1);
		reclaimer.run(null);
		assertThat(storedDocument("crash-retract-1").status()).isEqualTo(DocumentStatus.RETRACTED);
		assertThat(briefingsOf(retracting.id())).extracting(Briefing::status).containsOnly(BriefingStatus.RETRACTED);
		assertThat(feedIds("Feldaquin")).isEmpty();
		assertThat(searchIds("Feldaquin")).isEmpty();
	}

	@Test
	void shouldAuditARetractionWithItsRecordAndBriefings() {
		HttpGraphQlTester partner = partnerKey("corrections-audit");
		GraphQlTester.Response ingested = ingest(partner, "audit-1", items("Pellarion ordered the review"));
		String recordId = ingested.path("ingestDocument.record.id").entity(String.class).get();
		String briefingId = ingested.path("ingestDocument.briefings[0].id").entity(String.class).get();
		partner.document(RETRACT).variable("externalId", "audit-1").execute().errors().verify();
		JsonNode line = auditLine("retractDocument", "corrections-audit");
		assertThat(line.get("outcome").asString()).isEqualTo("OK");
		assertThat(textsOf(line.get("targetIds"))).containsExactly(recordId, briefingId);
		assertThat(textsOf(auditLine("ingestDocument", "corrections-audit").get("targetIds"))).containsExactly(recordId,
				briefingId);
	}

	/**
	 * The response to the request, sent again while the server abandons it at its request
	 * timeout (a busy machine): the first answer may come as {@code DUPLICATE}.
	 */
	private static GraphQlTester.Response untilNotTimedOut(GraphQlTester.Request<?> request) {
		for (int attempt = 1;; attempt++) {
			GraphQlTester.Response response = request.execute();
			List<ResponseError> errors = new ArrayList<>();
			response.errors().satisfy(errors::addAll);
			boolean timedOut = errors.stream()
				.anyMatch((error) -> "REQUEST_TIMEOUT".equals(error.getExtensions().get("code")));
			if (!timedOut || attempt == 5) {
				assertThat(errors).isEmpty();
				return response;
			}
		}
	}

	private static String items(String... sentences) {
		StringBuilder text = new StringBuilder();
		for (String sentence : sentences) {
			text.append("MOSCOW, April 3 -- ").append(sentence).append(", officials said on Thursday.\n");
		}
		return text.toString();
	}

	private static Map<String, Object> input(String externalId, String text) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("text", text);
		input.put("externalId", externalId);
		input.put("publishedAt", "2025-04-04");
		return input;
	}

	private static ValidatedDocument validated(String text, String externalId) {
		return DocumentValidator.validate(new IngestDocumentInput(text, null, null, "2025-04-04", null, externalId),
				Instant.now());
	}

	private GraphQlTester.Response ingest(HttpGraphQlTester partner, String externalId, String text) {
		return partner.document(INGEST).variable("input", input(externalId, text)).execute();
	}

	private GraphQlTester.Response record(HttpGraphQlTester caller, String externalId, String partner) {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("externalId", externalId);
		variables.put("partner", partner);
		return caller.document(RECORD).variables(variables).execute();
	}

	private GraphQlTester.Response nodes(List<String> ids) {
		return this.anonymous.document(NODES).variable("ids", ids).execute();
	}

	private List<String> feedIds(String text) {
		return this.anonymous.document(FEED)
			.variable("text", text)
			.execute()
			.path("briefings.edges[*].node.id")
			.entityList(String.class)
			.get();
	}

	private List<String> searchIds(String text) {
		return this.anonymous.document(SEARCH)
			.variable("text", text)
			.execute()
			.path("search.edges[*].node.id")
			.entityList(String.class)
			.get();
	}

	private RawDocument storedDocument(String externalId) {
		return this.mongo.findOne(new Query(Criteria.where("externalId").is(externalId)), RawDocument.class);
	}

	private List<Briefing> briefingsOf(String documentId) {
		return this.mongo.find(new Query(Criteria.where("documentId").is(documentId))
			.with(org.springframework.data.domain.Sort.by("itemIndex")), Briefing.class);
	}

	private long documentsWithExternalIds(List<String> externalIds) {
		return this.mongo.count(new Query(Criteria.where("externalId").in(externalIds)), RawDocument.class);
	}

	private HttpGraphQlTester partnerKey(String partner) {
		return key(partner, "PARTNER");
	}

	private HttpGraphQlTester key(String partner, String role) {
		return TestApiKeys.withKey(this.anonymous, TestApiKeys.create(this.anonymous, partner, role));
	}

	private HttpGraphQlTester admin() {
		return this.anonymous.mutate().header("Authorization", "Bearer " + IntegrationTest.API_KEY).build();
	}

	private JsonNode auditLine(String operation, String partner) {
		List<JsonNode> lines = new ArrayList<>();
		for (ILoggingEvent event : this.audit.list) {
			JsonNode line = this.json.readTree(event.getFormattedMessage());
			if (line.get("operation").asString().equals(operation) && partner.equals(line.get("partner").asString())) {
				lines.add(line);
			}
		}
		assertThat(lines).hasSize(1);
		return lines.get(0);
	}

	private static List<String> textsOf(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach((node) -> texts.add(node.asString()));
		return texts;
	}

	private static Logger auditLogger() {
		return (Logger) LoggerFactory.getLogger("briefings.audit");
	}

}
