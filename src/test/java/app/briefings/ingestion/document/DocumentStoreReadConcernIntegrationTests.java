package app.briefings.ingestion.document;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import app.briefings.IntegrationTest;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When storing a document collides with one already stored, the stored one is read with
 * read concern {@code majority}: a write a failover rolls back is never answered as the
 * duplicate. The commands are recorded from the driver as sent.
 */
@IntegrationTest
class DocumentStoreReadConcernIntegrationTests {

	@Autowired
	MongoConnectionDetails connection;

	@Autowired
	MongoOperations mongo;

	@Autowired
	DocumentIds ids;

	@Test
	void shouldReadTheStoredDuplicateWithMajorityReadConcern() {
		List<BsonDocument> finds = new CopyOnWriteArrayList<>();
		CommandListener recorder = new CommandListener() {
			@Override
			public void commandStarted(CommandStartedEvent event) {
				if (event.getCommandName().equals("find")) {
					finds.add(event.getCommand().clone());
				}
			}
		};
		MongoClientSettings settings = MongoClientSettings.builder()
			.applyConnectionString(this.connection.getConnectionString())
			.addCommandListener(recorder)
			.build();
		try (MongoClient client = MongoClients.create(settings)) {
			MongoTemplate recorded = new MongoTemplate(client,
					this.mongo.getCollection("documents").getNamespace().getDatabaseName());
			DocumentStore store = new DocumentStore(recorded, this.ids, new DocumentRevisionStore(recorded));
			RawDocument pending = RawDocument.pending(validated(), "read-concern-partner", Instant.now(), this.ids);
			assertThat(store.insertUnlessStored(pending)).isEmpty();
			finds.clear();
			assertThat(store.insertUnlessStored(pending))
				.hasValueSatisfying((stored) -> assertThat(stored.id()).isEqualTo(pending.id()));
			assertThat(finds).isNotEmpty()
				.allSatisfy((find) -> assertThat(find.getDocument("readConcern", new BsonDocument()).get("level"))
					.isEqualTo(new BsonString("majority")));
		}
	}

	private static ValidatedDocument validated() {
		return new ValidatedDocument("Sergey Lavrov met the CSTO Secretary General on Tuesday.", "Wire", null,
				Instant.parse("2025-04-04T00:00:00Z"), "en", "read-concern-" + UUID.randomUUID());
	}

}
