package app.briefings.ingestion;

import java.util.ArrayList;
import java.util.List;

import app.briefings.IntegrationTest;
import app.briefings.TestDocuments;
import app.briefings.MongoCommandCounter;
import app.briefings.briefing.Briefing;
import app.briefings.ingestion.document.DocumentFields;
import app.briefings.ingestion.document.IngestDocumentInput;
import app.briefings.sync.LoggedEntries;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents ingested together ({@link IngestionService#ingestTogether}, what the bulk
 * import uses) get the outcomes they would get one by one, each done with its briefings
 * logged once, while the new ones cost a fixed number of commands together (the search
 * index takes their briefings as written, without reading them back).
 */
@IntegrationTest
@RecordApplicationEvents
class IngestTogetherIntegrationTests {

	private static final String PARTNER = "together";

	@Autowired
	IngestionService ingestion;

	@Autowired
	MongoOperations mongo;

	@Test
	void shouldAnswerEachDocumentAsIngestingItAloneWould() {
		String run = "mixed-" + System.nanoTime();
		IngestionResult stored = this.ingestion.ingestOne(input(run + "-stored", run + "-stored"), PARTNER);
		this.ingestion.ingestOne(input(run + "-corrected", run + "-corrected"), PARTNER);
		List<IngestDocumentInput> inputs = List.of(input(run + "-a", run + "-a"), input(run + "-b", run + "-b"),
				new IngestDocumentInput(TestDocuments.wireReport(run), "Wire", null, "2026-03-04", "fr",
						run + "-french"),
				input(run + "-a", run + "-a"), input(run + "-stored", run + "-stored"),
				input(run + "-corrected, second text", run + "-corrected"),
				new IngestDocumentInput("Go back\nBack to the section", "Wire", null, null, "en", run + "-menu"));

		List<IngestionResult> results = this.ingestion.ingestTogether(inputs, PARTNER);

		assertThat(results).extracting(IngestionResult::outcome)
			.containsExactly(IngestOutcome.CREATED, IngestOutcome.CREATED, IngestOutcome.REJECTED,
					IngestOutcome.DUPLICATE, IngestOutcome.DUPLICATE, IngestOutcome.UPDATED, IngestOutcome.REJECTED);
		assertThat(results.get(2).error().field()).isEqualTo("language");
		assertThat(results.get(6).error().field()).isEqualTo("text");
		assertThat(idsOf(results.get(3).briefings())).isEqualTo(idsOf(results.get(0).briefings()));
		assertThat(idsOf(results.get(4).briefings())).isEqualTo(idsOf(stored.briefings()));
		for (IngestionResult created : List.of(results.get(0), results.get(1))) {
			assertThat(created.briefings()).isNotEmpty();
			assertThat(storedDocument(created.documentId())).containsEntry(DocumentFields.STATUS, "DONE")
				.containsEntry(DocumentFields.BRIEFING_IDS, idsOf(created.briefings()));
			for (String briefingId : idsOf(created.briefings())) {
				assertThat(changeLogEntriesOf(briefingId)).as("change-log entries of %s", briefingId).isEqualTo(1);
			}
		}
		assertThat(documentsOf(run + "-french")).isZero();
		assertThat(documentsOf(run + "-menu")).isZero();
	}

	@Test
	void shouldStoreNewDocumentsWithOneCommandPerStepForAll() {
		String run = "count-" + System.nanoTime();
		List<IngestDocumentInput> inputs = new ArrayList<>();
		for (int n = 0; n < 10; n++) {
			inputs.add(input(run + "-" + n, run + "-" + n));
		}
		MongoCommandCounter.reset();

		List<IngestionResult> results = this.ingestion.ingestTogether(inputs, PARTNER);

		List<String> commands = MongoCommandCounter.commandsOfThisThread();
		assertThat(results).extracting(IngestionResult::outcome).containsOnly(IngestOutcome.CREATED).hasSize(10);
		for (String step : List.of("find documents", "insert documents", "update briefings",
				"update briefingChangeSequence", "insert briefingChanges", "update documents")) {
			assertThat(commands.stream().filter(step::equals)).as("%s in %s", step, commands).hasSize(1);
		}
		assertThat(commands).as("commands to ingest new documents together: %s", commands)
			.doesNotContain("find briefings");
	}

	@Test
	void shouldAnnounceTheLogEntriesOfTheNewDocumentsBriefings(@Autowired ApplicationEvents events) {
		String run = "logged-" + System.nanoTime();
		List<IngestDocumentInput> inputs = List.of(input(run + "-a", run + "-a"), input(run + "-b", run + "-b"));

		List<IngestionResult> results = this.ingestion.ingestTogether(inputs, PARTNER);

		List<String> briefingIds = new ArrayList<>();
		results.forEach((result) -> briefingIds.addAll(idsOf(result.briefings())));
		List<DocumentsIngested> announced = events.stream(DocumentsIngested.class).toList();
		assertThat(announced).hasSize(1);
		LoggedEntries logged = announced.get(0).logged();
		assertThat(announced.get(0).briefingIds()).containsExactlyElementsOf(briefingIds);
		List<Object> sequences = this.mongo
			.find(new Query(Criteria.where("briefingId").in(briefingIds)), Document.class, "briefingChanges")
			.stream()
			.map((entry) -> entry.get("_id"))
			.toList();
		assertThat(sequences).hasSize(briefingIds.size());
		assertThat(logged.last() - logged.first() + 1).isEqualTo(briefingIds.size());
		for (Object sequence : sequences) {
			assertThat(((Number) sequence).longValue()).isBetween(logged.first(), logged.last());
		}
	}

	private static IngestDocumentInput input(String report, String externalId) {
		return new IngestDocumentInput(TestDocuments.wireReport(report), "Wire", null, "2026-03-04", "en", externalId);
	}

	private Document storedDocument(String id) {
		Document document = this.mongo.findOne(new Query(Criteria.where(DocumentFields.ID).is(id)), Document.class,
				DocumentFields.COLLECTION);
		assertThat(document).isNotNull();
		return document;
	}

	private long changeLogEntriesOf(String briefingId) {
		return this.mongo.count(new Query(Criteria.where("briefingId").is(briefingId)), "briefingChanges");
	}

	private long documentsOf(String externalId) {
		return this.mongo.count(new Query(Criteria.where(DocumentFields.EXTERNAL_KEY).is(PARTNER + "/" + externalId)),
				DocumentFields.COLLECTION);
	}

	private static List<String> idsOf(List<Briefing> briefings) {
		return briefings.stream().map(Briefing::id).toList();
	}

}
