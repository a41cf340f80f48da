package app.briefings.ingestion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import app.briefings.IntegrationTest;
import app.briefings.ingestion.document.DocumentIds;
import app.briefings.ingestion.document.DocumentStatus;
import app.briefings.ingestion.document.DocumentValidator;
import app.briefings.ingestion.document.IngestDocumentInput;
import app.briefings.ingestion.document.RawDocument;
import app.briefings.ingestion.document.ValidatedDocument;
import app.briefings.ingestion.extraction.LineKind;
import app.briefings.ingestion.extraction.RemovedLine;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The {@code ingestDocument} mutation over HTTP: validation, duplicates, dates and new
 * entities.
 */
@IntegrationTest
class IngestionIntegrationTests {

	private static final String WIRE_ITEM = """
			Kyrgyz Defense Minister Baktybek Bekbolotov said that the CSTO training "Frontier-%s" would be held near Issyk-Kul in the autumn.
			"We are ready to host the contingents," Bekbolotov said.
			""";

	@Autowired
	HttpGraphQlTester anonymous;

	@Autowired
	MongoOperations mongo;

	@Autowired
	DocumentIds documentIds;

	private HttpGraphQlTester partner() {
		return this.anonymous.mutate().header("Authorization", "Bearer " + IntegrationTest.API_KEY).build();
	}

	private GraphQlTester.Response ingest(Map<String, Object> input) {
		return partner().documentName("ingestDocument").variable("input", input).execute();
	}

	@Test
	void shouldRefuseEmptyTextAndStoreNothing() {
		long documents = this.mongo.getCollection("documents").countDocuments();
		partner().documentName("ingestDocument")
			.variable("input", Map.of("text", "   "))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT")
					.containsEntry("field", "text")));
		assertThat(this.mongo.getCollection("documents").countDocuments()).isEqualTo(documents);
	}

	@Test
	void shouldRefuseAnUnparseableDateAndStoreNothing() {
		long documents = this.mongo.getCollection("documents").countDocuments();
		partner().documentName("ingestDocument")
			.variable("input", Map.of("text", WIRE_ITEM.formatted("bad-date"), "publishedAt", "yesterday"))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT")
					.containsEntry("field", "publishedAt")));
		assertThat(this.mongo.getCollection("documents").countDocuments()).isEqualTo(documents);
	}

	@Test
	void shouldRefuseATextWithNothingButNavigation() {
		partner().documentName("ingestDocument")
			.variable("input", Map.of("text", "Go back\n\nBack to the section\n\nBack to the all news"))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT")));
	}

	@Test
	void shouldTakeTheDocumentDateWhenTheItemPrintsNone() {
		ingest(Map.of("text", WIRE_ITEM.formatted("2021"), "publishedAt", "2021-03-03"))
			.path("ingestDocument.briefings[0].publishedAt")
			.entity(String.class)
			.isEqualTo("2021-03-03T00:00:00Z")
			.path("ingestDocument.briefings[0].dateSource")
			.entity(String.class)
			.isEqualTo("DOCUMENT");
	}

	@Test
	void shouldTakeTheDatelineOfAWireItemAnchoredToTheDocumentYear() {
		ingest(Map.of("text", "BISHKEK, March 3 -- " + WIRE_ITEM.formatted("2020"), "publishedAt",
				"2020-03-04T08:00:00Z"))
			.path("ingestDocument.briefings[0].publishedAt")
			.entity(String.class)
			.isEqualTo("2020-03-03T00:00:00Z")
			.path("ingestDocument.briefings[0].dateSource")
			.entity(String.class)
			.isEqualTo("ITEM");
	}

	@Test
	void shouldTakeTheIngestionTimeWhenNoDateIsKnown() {
		ingest(Map.of("text", WIRE_ITEM.formatted("2032"))).path("ingestDocument.briefings[0].dateSource")
			.entity(String.class)
			.isEqualTo("INGESTION");
	}

	@Test
	void shouldLinkATitledPersonNobodyKnowsAsANewUnreviewedOfficial() {
		ingest(Map.of("text", WIRE_ITEM.formatted("2033")))
			.path("ingestDocument.briefings[0].officials[?(@.name == 'Baktybek Bekbolotov')].reviewStatus")
			.entityList(String.class)
			.containsExactly("UNREVIEWED")
			.path("ingestDocument.briefings[0].officials[?(@.name == 'Baktybek Bekbolotov')].positions[*].title")
			.entityList(String.class)
			.containsExactly("Kyrgyz Defense Minister")
			.path("ingestDocument.briefings[0].quotes[?(@.kind == 'DIRECT')].speaker.name")
			.entityList(String.class)
			.containsExactly("Baktybek Bekbolotov");
	}

	@Test
	void shouldAnswerADuplicateExternalIdWithTheStoredBriefings() {
		Map<String, Object> first = Map.of("text", WIRE_ITEM.formatted("2034"), "externalId", "wire-2034");
		Map<String, Object> again = Map.of("text", "\r\n" + WIRE_ITEM.formatted("2034").replace("\n", "\r\n"),
				"externalId", "wire-2034");
		List<String> firstIds = ingest(first).path("ingestDocument.briefings[*].id").entityList(String.class).get();
		ingest(again).path("ingestDocument.duplicate")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("ingestDocument.outcome")
			.entity(String.class)
			.isEqualTo("DUPLICATE")
			.path("ingestDocument.briefings[*].id")
			.entityList(String.class)
			.isEqualTo(firstIds);
		assertThat(documentsWithExternalId("wire-2034")).isEqualTo(1);
	}

	@Test
	void shouldTakeAChangedTextUnderTheSameExternalIdAsACorrection() {
		Map<String, Object> first = Map.of("text", WIRE_ITEM.formatted("2038"), "externalId", "wire-2038");
		Map<String, Object> correction = Map.of("text", WIRE_ITEM.formatted("2038").replace("autumn", "spring"),
				"externalId", "wire-2038");
		List<String> firstIds = ingest(first).path("ingestDocument.briefings[*].id").entityList(String.class).get();
		ingest(correction).path("ingestDocument.duplicate")
			.entity(Boolean.class)
			.isEqualTo(false)
			.path("ingestDocument.outcome")
			.entity(String.class)
			.isEqualTo("UPDATED")
			.path("ingestDocument.briefings[*].id")
			.entityList(String.class)
			.isEqualTo(firstIds);
		assertThat(documentsWithExternalId("wire-2038")).isEqualTo(1);
	}

	@Test
	void shouldAnswerTheSameTextWithTheStoredBriefings() {
		Map<String, Object> input = Map.of("text", WIRE_ITEM.formatted("2035"));
		List<String> firstIds = ingest(input).path("ingestDocument.duplicate")
			.entity(Boolean.class)
			.isEqualTo(false)
			.path("ingestDocument.briefings[*].id")
			.entityList(String.class)
			.get();
		ingest(Map.of("text", "\r\n" + WIRE_ITEM.formatted("2035").replace("\n", "\r\n")))
			.path("ingestDocument.duplicate")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("ingestDocument.briefings[*].id")
			.entityList(String.class)
			.isEqualTo(firstIds);
	}

	@Test
	void shouldCreateOneBriefingSetWhenCopiesArriveConcurrently() throws Exception {
		Map<String, Object> input = Map.of("text", WIRE_ITEM.formatted("2036"), "externalId", "wire-2036");
		List<Callable<IngestResult>> copies = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			copies.add(() -> {
				GraphQlTester.Response response = ingest(input);
				return new IngestResult(response.path("ingestDocument.duplicate").entity(Boolean.class).get(),
						response.path("ingestDocument.briefings[*].id").entityList(String.class).get());
			});
		}
		ExecutorService executor = Executors.newFixedThreadPool(6);
		List<IngestResult> results = new ArrayList<>();
		try {
			for (Future<IngestResult> result : executor.invokeAll(copies)) {
				results.add(result.get());
			}
		}
		finally {
			executor.shutdown();
		}
		assertThat(results).filteredOn((result) -> !result.duplicate()).hasSize(1);
		List<String> ids = results.get(0).briefingIds();
		assertThat(ids).isNotEmpty();
		assertThat(results).allSatisfy((result) -> assertThat(result.briefingIds()).isEqualTo(ids));
		assertThat(documentsWithExternalId("wire-2036")).isEqualTo(1);
		String documentId = this.mongo
			.findOne(new Query(Criteria.where("externalId").is("wire-2036")), RawDocument.class)
			.id();
		assertThat(this.mongo.count(new Query(Criteria.where("documentId").is(documentId)), "briefings"))
			.isEqualTo(ids.size());
	}

	@Test
	void shouldCompleteAnInterruptedIngestionAtStartUp(@Autowired PendingDocumentReclaimer reclaimer) {
		ValidatedDocument document = DocumentValidator.validate(
				new IngestDocumentInput(WIRE_ITEM.formatted("2037"), null, null, null, null, "wire-2037"),
				java.time.Instant.now());
		RawDocument interrupted = RawDocument.pending(document, "partner", java.time.Instant.now(), this.documentIds);
		this.mongo.insert(interrupted);
		reclaimer.run(null);
		RawDocument completed = this.mongo.findById(interrupted.id(), RawDocument.class);
		assertThat(completed.status()).isEqualTo(DocumentStatus.DONE);
		assertThat(completed.briefingIds()).isNotEmpty();
		assertThat(this.mongo.count(new Query(Criteria.where("documentId").is(interrupted.id())), "briefings"))
			.isEqualTo(completed.briefingIds().size());
	}

	@Test
	void shouldStoreTheRemovedLinesWithTheirKindOnTheDocument() {
		String page = "Home | World | Security\nBorder talks end in Bishkek\nPublished 3 Mar 2019 · Security\n\n"
				+ "BISHKEK, March 3 (Kabar) - " + WIRE_ITEM.formatted("2019") + "\nShare: Facebook | X\n";
		ingest(Map.of("text", page, "publishedAt", "2019-03-03", "externalId", "wire-2019"))
			.path("ingestDocument.briefings[0].title")
			.entity(String.class)
			.isEqualTo("Border talks end in Bishkek");
		RawDocument stored = this.mongo.findOne(new Query(Criteria.where("externalId").is("wire-2019")),
				RawDocument.class);
		assertThat(stored.removedLines()).extracting(RemovedLine::text, RemovedLine::kind)
			.containsExactly(tuple("Home | World | Security", LineKind.NAVIGATION),
					tuple("Published 3 Mar 2019 · Security", LineKind.METADATA),
					tuple("BISHKEK, March 3 (Kabar) -", LineKind.DATELINE),
					tuple("Share: Facebook | X", LineKind.NAVIGATION));
	}

	private long documentsWithExternalId(String externalId) {
		return this.mongo.count(new Query(Criteria.where("externalId").is(externalId)), RawDocument.class);
	}

	record IngestResult(boolean duplicate, List<String> briefingIds) {
	}

	@Test
	void shouldTellTheEditionAnOperationMentionNames() {
		String text = """
				В Таджикистане завершились учения «Рубеж-2025»
				ДУШАНБЕ, 7 сентября. /ТАСС/. Совместные учения ОДКБ «Рубеж-2025» завершились на полигоне Харбмайдон (ingestion-edition-test).
				""";
		String briefingId = ingest(Map.of("text", text, "externalId", "ingestion-edition-test"))
			.path("ingestDocument.briefings[0].id")
			.entity(String.class)
			.get();
		this.anonymous.document("""
				query Editions($id: ID!) {
				  briefing(id: $id) { mentions { editions entity { ... on Operation { name } } } }
				}
				""")
			.variable("id", briefingId)
			.execute()
			.path("briefing.mentions[?(@.entity.name == 'Rubezh')].editions")
			.entityList(Object.class)
			.isEqualTo(List.of(List.of(2025)));
	}

}
