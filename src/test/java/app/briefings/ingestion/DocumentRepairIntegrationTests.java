package app.briefings.ingestion;

import java.util.List;
import java.util.UUID;

import app.briefings.IntegrationTest;
import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingStatus;
import app.briefings.ingestion.document.DocumentStatus;
import app.briefings.ingestion.document.IngestDocumentInput;
import app.briefings.ingestion.document.RawDocument;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every state a crash between two writes, or a store that lost writes, can leave a
 * document in is found and repaired by the start-up reclaimer, and a client's retry of a
 * document left done without its briefings gets them back instead of an empty duplicate.
 */
@IntegrationTest
class DocumentRepairIntegrationTests {

	private final String partner = "repair-" + UUID.randomUUID();

	@Autowired
	IngestionService ingestion;

	@Autowired
	PendingDocumentReclaimer reclaimer;

	@Autowired
	MongoOperations mongo;

	@Test
	void shouldRepairADocumentMarkedDoneWhoseBriefingsAreGone() {
		IngestDocumentPayload ingested = ingest("done-without-briefings");
		removeBriefingsOf(ingested.documentId());

		this.reclaimer.run(new DefaultApplicationArguments());

		assertComplete(ingested.documentId(), DocumentStatus.DONE);
	}

	@Test
	void shouldRepairAPendingDocumentWithSomeOfItsBriefings() {
		IngestDocumentPayload ingested = ingest("pending-with-briefings");
		this.mongo.updateFirst(byId(ingested.documentId()), new Update().set("status", DocumentStatus.PENDING),
				RawDocument.class);
		this.mongo.remove(new Query(Criteria.where("_id").is(ingested.briefings().get(0).id())), Briefing.class);

		this.reclaimer.run(new DefaultApplicationArguments());

		assertComplete(ingested.documentId(), DocumentStatus.DONE);
	}

	@Test
	void shouldRepairADocumentMarkedDoneWithABriefingOfAnOlderVersion() {
		IngestDocumentPayload first = ingest("done-with-older-briefing");
		IngestDocumentPayload corrected = this.ingestion.ingest(
				input("done-with-older-briefing",
						"MOSCOW, April 5 -- Russian Foreign Minister Sergey Lavrov said the CSTO would meet in May."),
				this.partner);
		assertThat(corrected.outcome()).isEqualTo(IngestOutcome.UPDATED);
		this.mongo.updateFirst(new Query(Criteria.where("_id").is(corrected.briefings().get(0).id())),
				new Update().set("version", 1).set("title", first.briefings().get(0).title()), Briefing.class);

		this.reclaimer.run(new DefaultApplicationArguments());

		assertComplete(corrected.documentId(), DocumentStatus.DONE);
		assertThat(this.mongo.findById(corrected.briefings().get(0).id(), Briefing.class).title())
			.isEqualTo(corrected.briefings().get(0).title());
	}

	@Test
	void shouldRepairARetractedDocumentWithABriefingStillPublished() {
		IngestDocumentPayload ingested = ingest("retracted-but-published");
		this.ingestion.retract("retracted-but-published", this.partner);
		this.mongo.updateMulti(new Query(Criteria.where("documentId").is(ingested.documentId())),
				new Update().set("status", BriefingStatus.PUBLISHED).set("version", 1), Briefing.class);

		this.reclaimer.run(new DefaultApplicationArguments());

		RawDocument document = this.mongo.findById(ingested.documentId(), RawDocument.class);
		assertThat(document.status()).isEqualTo(DocumentStatus.RETRACTED);
		assertThat(this.mongo.find(new Query(Criteria.where("documentId").is(ingested.documentId())), Briefing.class))
			.isNotEmpty()
			.allSatisfy((briefing) -> assertThat(briefing.status()).isEqualTo(BriefingStatus.RETRACTED));
	}

	@Test
	void shouldLeaveCompleteDocumentsAlone() {
		IngestDocumentPayload ingested = ingest("complete");
		Briefing before = this.mongo.findById(ingested.briefings().get(0).id(), Briefing.class);
		this.mongo.updateFirst(new Query(Criteria.where("_id").is(before.id())), new Update().set("title", "Edited"),
				Briefing.class);

		this.reclaimer.run(new DefaultApplicationArguments());

		assertThat(this.mongo.findById(before.id(), Briefing.class).title()).isEqualTo("Edited");
	}

	@Test
	void shouldGiveARetriedDocumentMarkedDoneWithoutBriefingsItsBriefingsBack() {
		IngestDocumentPayload ingested = ingest("retried");
		removeBriefingsOf(ingested.documentId());

		IngestDocumentPayload retried = ingest("retried");

		assertThat(retried.outcome()).isEqualTo(IngestOutcome.DUPLICATE);
		assertThat(retried.briefings()).extracting(Briefing::id)
			.containsExactlyElementsOf(ingested.briefings().stream().map(Briefing::id).toList());
		assertComplete(ingested.documentId(), DocumentStatus.DONE);
	}

	private IngestDocumentPayload ingest(String externalId) {
		return this.ingestion.ingest(input(externalId,
				"MOSCOW, April 3 -- Russian Foreign Minister Sergey Lavrov said that the CSTO would hold the "
						+ "Rubezh-2025 training in the autumn. Report " + externalId + "."),
				this.partner);
	}

	private static IngestDocumentInput input(String externalId, String text) {
		return new IngestDocumentInput(text, "Example wire", null, "2025-04-03", null, externalId);
	}

	private void removeBriefingsOf(String documentId) {
		this.mongo.remove(new Query(Criteria.where("documentId").is(documentId)), Briefing.class);
	}

	private void assertComplete(String documentId, DocumentStatus status) {
		RawDocument document = this.mongo.findById(documentId, RawDocument.class);
		assertThat(document.status()).isEqualTo(status);
		assertThat(document.briefingIds()).isNotEmpty();
		List<Briefing> briefings = this.mongo.find(new Query(Criteria.where("_id").in(document.briefingIds())),
				Briefing.class);
		assertThat(briefings).hasSameSizeAs(document.briefingIds())
			.allSatisfy((briefing) -> assertThat(briefing.status()).isEqualTo(BriefingStatus.PUBLISHED))
			.allSatisfy((briefing) -> assertThat(briefing.version()).isEqualTo(document.version()));
	}

	private static Query byId(String id) {
		return new Query(Criteria.where("_id").is(id));
	}

}
