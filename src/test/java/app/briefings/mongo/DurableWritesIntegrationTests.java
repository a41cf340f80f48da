package app.briefings.mongo;

import com.mongodb.WriteConcern;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import app.briefings.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application writes with {@code w: majority, j: true}, and the MongoDB the tests run
 * on (a Testcontainers replica set when Docker runs, else the embedded server) accepts
 * such writes.
 */
@IntegrationTest
class DurableWritesIntegrationTests {

	@Autowired
	MongoTemplate mongo;

	@Test
	void shouldWriteWithAJournaledMajorityWriteConcern() {
		assertThat(this.mongo.getDb().getWriteConcern()).isEqualTo(WriteConcern.MAJORITY.withJournal(true));

		this.mongo.getCollection("writeConcernChecks").insertOne(new Document("_id", "journaled-majority"));

		assertThat(this.mongo.getCollection("writeConcernChecks")
			.countDocuments(new Document("_id", "journaled-majority"))).isOne();
	}

}
