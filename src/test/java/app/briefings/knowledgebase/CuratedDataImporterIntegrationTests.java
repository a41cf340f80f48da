package app.briefings.knowledgebase;

import java.time.Clock;
import java.util.Date;

import app.briefings.IntegrationTest;
import app.briefings.entity.EntityRedirects;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The curated import keeps editors' work: aliases they added, the review status they set
 * and merges, while curated fields still update. A start writes the curated files only
 * when they differ from those last imported into the database.
 */
@IntegrationTest
@RecordApplicationEvents
class CuratedDataImporterIntegrationTests {

	private static final String EVENT = "csto-cmfa-meeting-2020-05-26";

	private static final String CURATED_NAME = "CSTO Foreign Ministers Meeting May 2020";

	@Autowired
	CuratedDataImporter importer;

	@Autowired
	MongoOperations mongo;

	@Autowired
	ApplicationEvents events;

	@Test
	void shouldRecordTheFingerprintOfTheFilesImportedAtStart() {
		Document lastImport = lastImport();
		assertThat(lastImport.getString("fingerprint")).isEqualTo(CuratedDataFingerprint.ofShippedFiles());
		assertThat(lastImport.getInteger("entityCount")).isEqualTo(this.importer.importAll());
	}

	@Test
	void shouldWriteNothingAtAStartWhoseCuratedFilesWereImportedBefore() {
		Query byId = new Query(Criteria.where("_id").is(EVENT));
		this.mongo.updateFirst(byId, new Update().set("name", "An editor's name kept until the next release"),
				"events");
		try {
			this.importer.afterSingletonsInstantiated();
			assertThat(this.mongo.findById(EVENT, Document.class, "events").getString("name"))
				.isEqualTo("An editor's name kept until the next release");
			assertThat(this.events.stream(CuratedKnowledgeBaseImported.class))
				.containsExactly(new CuratedKnowledgeBaseImported(lastImport().getInteger("entityCount")));
		}
		finally {
			this.mongo.updateFirst(byId, new Update().set("name", CURATED_NAME), "events");
		}
	}

	@Test
	void shouldImportAtAStartWhoseCuratedFilesDifferFromThoseImported() {
		Query byId = new Query(Criteria.where("_id").is(EVENT));
		Query lastImportById = new Query(Criteria.where("_id").is(CuratedDataImporter.IMPORT_ID));
		this.mongo.updateFirst(byId, new Update().set("name", "A name the next release corrects"), "events");
		this.mongo.updateFirst(lastImportById,
				new Update().set("fingerprint", "the files of an earlier release").set("importedAt", new Date(0)),
				CuratedDataImporter.IMPORTS_COLLECTION);
		this.importer.afterSingletonsInstantiated();
		assertThat(this.mongo.findById(EVENT, Document.class, "events").getString("name")).isEqualTo(CURATED_NAME);
		Document lastImport = lastImport();
		assertThat(lastImport.getString("fingerprint")).isEqualTo(CuratedDataFingerprint.ofShippedFiles());
		assertThat(lastImport.getDate("importedAt")).isAfter(new Date(0));
		assertThat(this.events.stream(CuratedKnowledgeBaseImported.class)).hasSize(1);
	}

	@Test
	void shouldImportAtTheFirstStartOnADatabaseWithoutARecordedImport() {
		Query byId = new Query(Criteria.where("_id").is(EVENT));
		Document lastImport = lastImport();
		this.mongo.remove(new Query(Criteria.where("_id").is(CuratedDataImporter.IMPORT_ID)),
				CuratedDataImporter.IMPORTS_COLLECTION);
		this.mongo.updateFirst(byId, new Update().set("name", "A name the first import corrects"), "events");
		try {
			this.importer.afterSingletonsInstantiated();
			assertThat(this.mongo.findById(EVENT, Document.class, "events").getString("name")).isEqualTo(CURATED_NAME);
			assertThat(lastImport().getString("fingerprint")).isEqualTo(lastImport.getString("fingerprint"));
		}
		finally {
			this.mongo.save(lastImport, CuratedDataImporter.IMPORTS_COLLECTION);
		}
	}

	private Document lastImport() {
		return this.mongo.findById(CuratedDataImporter.IMPORT_ID, Document.class,
				CuratedDataImporter.IMPORTS_COLLECTION);
	}

	@Test
	void shouldKeepEditorsAliasesAndReviewStatusWhileCuratedFieldsUpdate() {
		Query byId = new Query(Criteria.where("_id").is(EVENT));
		this.mongo.updateFirst(byId,
				new Update().addToSet("aliases", "Edtest restart alias")
					.set("reviewStatus", "REVIEWED")
					.set("name", "A name the curated file corrects"),
				"events");
		try {
			this.importer.importAll();
			Document stored = this.mongo.findById(EVENT, Document.class, "events");
			assertThat(stored.getString("name")).isEqualTo(CURATED_NAME);
			assertThat(stored.getString("reviewStatus")).isEqualTo("REVIEWED");
			assertThat(stored.getList("aliases", String.class)).contains("Edtest restart alias",
					"CSTO CMFA video conference of May 26, 2020");
		}
		finally {
			this.mongo.updateFirst(byId,
					new Update().pull("aliases", "Edtest restart alias").set("reviewStatus", "CURATED"), "events");
		}
	}

	@Test
	void shouldNotBringBackACuratedEntityMergedIntoAnother() {
		Document curated = this.mongo.findById(EVENT, Document.class, "events");
		this.mongo.remove(new Query(Criteria.where("_id").is(EVENT)), "events");
		this.mongo.save(new Document("_id", "events:" + EVENT).append("collection", "events")
			.append("mergedId", EVENT)
			.append("survivorId", "csto-cssc-meeting-2024-06-06")
			.append("mergedAt", new Date()), "entityRedirects");
		try {
			this.importer.importAll();
			assertThat(this.mongo.findById(EVENT, Document.class, "events")).isNull();
			assertThat(new EntityRedirects(this.mongo, Clock.systemUTC()).mergedIds("events")).contains(EVENT);
		}
		finally {
			this.mongo.remove(new Query(Criteria.where("_id").is("events:" + EVENT)), "entityRedirects");
			this.mongo.save(curated, "events");
		}
		assertThat(this.mongo.findById(EVENT, Document.class, "events").getList("aliases", String.class))
			.isEqualTo(curated.getList("aliases", String.class));
	}

	@Test
	void shouldCreateACuratedEntityMissingFromTheDatabaseAsCurated() {
		Document curated = this.mongo.findById(EVENT, Document.class, "events");
		this.mongo.remove(new Query(Criteria.where("_id").is(EVENT)), "events");
		try {
			this.importer.importAll();
			Document stored = this.mongo.findById(EVENT, Document.class, "events");
			assertThat(stored.getString("reviewStatus")).isEqualTo("CURATED");
			assertThat(stored.getString("name")).isEqualTo(CURATED_NAME);
			assertThat(stored.getList("aliases", String.class)).isNotEmpty();
		}
		finally {
			this.mongo.save(curated, "events");
		}
	}

}
