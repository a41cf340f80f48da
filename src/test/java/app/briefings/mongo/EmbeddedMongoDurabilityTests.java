package app.briefings.mongo;

import java.nio.file.Files;
import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the file holds the moment a write is acknowledged is what a process killed at that
 * moment leaves behind: a copy of the file taken then must hold the write.
 */
class EmbeddedMongoDurabilityTests {

	private static final int WRITES = 20;

	@Test
	void shouldHoldEveryAcknowledgedWriteInTheFileBeforeAnswering(@TempDir Path folder) throws Exception {
		EmbeddedMongoProperties properties = new EmbeddedMongoProperties(true, EmbeddedMongoProperties.Storage.FILE,
				folder.resolve("data"), 0, false, false, true);
		try (EmbeddedMongoServer server = EmbeddedMongoServer.start(properties);
				MongoClient client = MongoClients.create(server.connectionString())) {
			MongoCollection<Document> notes = client.getDatabase("briefings").getCollection("notes");
			for (int i = 0; i < WRITES; i++) {
				notes.insertOne(new Document("_id", "note-" + i));
				Path copy = Files.copy(folder.resolve("data/briefings.mv"), folder.resolve("copy-" + i + ".mv"));
				assertThat(documentsIn(copy, "briefings.notes")).as("documents in the file after write %d", i)
					.isEqualTo(i + 1);
			}
		}
	}

	@Test
	void shouldHoldAnAcknowledgedUpdateInTheFileBeforeAnswering(@TempDir Path folder) throws Exception {
		EmbeddedMongoProperties properties = new EmbeddedMongoProperties(true, EmbeddedMongoProperties.Storage.FILE,
				folder.resolve("data"), 0, false, true, true);
		try (EmbeddedMongoServer server = EmbeddedMongoServer.start(properties);
				MongoClient client = MongoClients.create(server.connectionString())) {
			MongoCollection<Document> documents = client.getDatabase("briefings").getCollection("documents");
			documents.insertOne(new Document("_id", "d1").append("status", "PENDING"));
			documents.updateOne(new Document("_id", "d1"), new Document("$set", new Document("status", "DONE")));

			Path copy = Files.copy(folder.resolve("data/briefings.mv"), folder.resolve("copy.mv"));
			assertThat(statusIn(copy, "d1")).isEqualTo("DONE");
		}
	}

	private static int documentsIn(Path file, String collection) {
		MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open();
		try {
			return StorageFormat.openData(store, "databases." + collection).size();
		}
		finally {
			store.close();
		}
	}

	private static Object statusIn(Path file, String id) {
		MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open();
		try {
			for (de.bwaldvogel.mongo.bson.Document document : StorageFormat
				.openData(store, "databases.briefings.documents")
				.values()) {
				if (id.equals(document.get("_id"))) {
					return document.get("status");
				}
			}
			return null;
		}
		finally {
			store.close();
		}
	}

}
