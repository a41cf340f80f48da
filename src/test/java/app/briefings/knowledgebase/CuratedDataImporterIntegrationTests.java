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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The curated import that runs at every start keeps editors' work: aliases they added,
 * the review status they set and merges, while curated fields still update.
 */
@IntegrationTest
class CuratedDataImporterIntegrationTests {

	private static final String EVENT = "csto-cmfa-meeting-2020-05-26";

	private static final String CURATED_NAME = "CSTO Foreign Ministers Meeting May 2020";

	@Autowired
	CuratedDataImporter importer;

	@Autowired
	MongoOperations mongo;

	@Test
	void shouldKeepEditorsAliasesAndReviewStatusWhileCuratedFieldsUpdate() {
		Query byId = new Query(Criteria.where("_id").is(EVENT));
		this.mongo.updateFirst(byId,
				new Update().addToSet("aliases", "Edtest restart alias")
					.set("reviewStatus", "REVIEWED")
					.set("name", "A name the curated file corrects"),
				"events");
		try {
			this.importer.afterSingletonsInstantiated();
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
			this.importer.afterSingletonsInstantiated();
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
			this.importer.afterSingletonsInstantiated();
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
