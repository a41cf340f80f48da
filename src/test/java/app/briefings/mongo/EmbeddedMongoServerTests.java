package app.briefings.mongo;

import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded server's storage modes. */
class EmbeddedMongoServerTests {

	@Test
	void shouldKeepDataAcrossRestartsWithFileStorage(@TempDir Path folder) {
		EmbeddedMongoProperties properties = new EmbeddedMongoProperties(true, EmbeddedMongoProperties.Storage.FILE,
				folder, 0, false);
		try (EmbeddedMongoServer server = EmbeddedMongoServer.start(properties);
				MongoClient client = MongoClients.create(server.connectionString())) {
			client.getDatabase("briefings").getCollection("notes").insertOne(new Document("_id", "kept"));
		}
		try (EmbeddedMongoServer server = EmbeddedMongoServer.start(properties);
				MongoClient client = MongoClients.create(server.connectionString())) {
			assertThat(client.getDatabase("briefings").getCollection("notes").countDocuments()).isEqualTo(1);
		}
		assertThat(folder.resolve("briefings.mv")).exists();
	}

	@Test
	void shouldKeepNothingWithMemoryStorage(@TempDir Path folder) {
		EmbeddedMongoProperties properties = new EmbeddedMongoProperties(true, EmbeddedMongoProperties.Storage.MEMORY,
				folder, 0, false);
		try (EmbeddedMongoServer server = EmbeddedMongoServer.start(properties);
				MongoClient client = MongoClients.create(server.connectionString())) {
			client.getDatabase("briefings").getCollection("notes").insertOne(new Document("_id", "lost"));
		}
		try (EmbeddedMongoServer server = EmbeddedMongoServer.start(properties);
				MongoClient client = MongoClients.create(server.connectionString())) {
			assertThat(client.getDatabase("briefings").getCollection("notes").countDocuments()).isZero();
		}
		assertThat(folder).isEmptyDirectory();
	}

}
