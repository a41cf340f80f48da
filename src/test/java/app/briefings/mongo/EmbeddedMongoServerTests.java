package app.briefings.mongo;

import java.nio.file.Path;
import java.util.List;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The embedded server's storage modes. */
class EmbeddedMongoServerTests {

	@Test
	void shouldKeepDataAcrossRestartsWithFileStorage(@TempDir Path folder) {
		EmbeddedMongoProperties properties = new EmbeddedMongoProperties(true, EmbeddedMongoProperties.Storage.FILE,
				folder, 0, false, false, true);
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
				folder, 0, false, false, true);
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

	@ParameterizedTest
	@EnumSource(EmbeddedMongoProperties.Storage.class)
	void shouldMatchVersionedWritesThatPinAnIdExactlyAsAScanWould(EmbeddedMongoProperties.Storage storage,
			@TempDir Path folder) {
		EmbeddedMongoProperties properties = new EmbeddedMongoProperties(true, storage, folder, 0, false, false, true);
		try (EmbeddedMongoServer server = EmbeddedMongoServer.start(properties);
				MongoClient client = MongoClients.create(server.connectionString())) {
			MongoCollection<Document> briefings = client.getDatabase("briefings").getCollection("briefings");
			briefings.insertMany(List.of(new Document("_id", "b1").append("version", 1),
					new Document("_id", "b2").append("version", 2), new Document("_id", "b3")));

			assertThat(briefings.updateOne(atVersion("b1", 2), Updates.set("status", "DONE")).getMatchedCount())
				.isZero();
			assertThat(briefings.updateOne(atVersion("b1", 1), Updates.set("status", "DONE")).getMatchedCount())
				.isOne();
			assertThat(briefings.updateOne(atFirstVersion("b3"), Updates.set("status", "DONE")).getMatchedCount())
				.isOne();
			assertThat(briefings.find(Filters.and(Filters.eq("_id", "b2"), Filters.eq("version", 2))))
				.containsExactly(new Document("_id", "b2").append("version", 2));
			assertThat(briefings.findOneAndUpdate(atVersion("b2", 1), Updates.set("status", "DONE"))).isNull();
			assertThat(briefings.deleteOne(atVersion("b9", 1)).getDeletedCount()).isZero();
		}
	}

	@ParameterizedTest
	@EnumSource(EmbeddedMongoProperties.Storage.class)
	void shouldInsertAnUpsertThatPinsAnAbsentIdAndRefuseOneThatPinsAStoredId(EmbeddedMongoProperties.Storage storage,
			@TempDir Path folder) {
		EmbeddedMongoProperties properties = new EmbeddedMongoProperties(true, storage, folder, 0, false, false, true);
		try (EmbeddedMongoServer server = EmbeddedMongoServer.start(properties);
				MongoClient client = MongoClients.create(server.connectionString())) {
			MongoCollection<Document> briefings = client.getDatabase("briefings").getCollection("briefings");
			briefings.insertOne(new Document("_id", "b2").append("version", 3));
			ReplaceOptions upsert = new ReplaceOptions().upsert(true);

			briefings.replaceOne(notNewerThan("b4", 1), new Document("_id", "b4").append("version", 1), upsert);

			assertThat(briefings.countDocuments(Filters.eq("_id", "b4"))).isOne();
			assertThatExceptionOfType(MongoWriteException.class)
				.isThrownBy(() -> briefings.replaceOne(notNewerThan("b2", 1),
						new Document("_id", "b2").append("version", 1), upsert))
				.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(11000));
			assertThat(briefings.find(Filters.eq("_id", "b2")).first()).containsEntry("version", 3);
		}
	}

	@Test
	void shouldReadAndWriteAFileWrittenByTheLibrarysOwnFileStorage(@TempDir Path folder) {
		String file = folder.resolve("briefings.mv").toString();
		MongoServer library = new MongoServer(new H2Backend(file));
		try (MongoClient client = MongoClients.create("mongodb://" + hostAndPort(library.bind()))) {
			client.getDatabase("briefings").getCollection("notes").insertOne(new Document("_id", "written-by-library"));
		}
		library.shutdownNow();
		EmbeddedMongoProperties properties = new EmbeddedMongoProperties(true, EmbeddedMongoProperties.Storage.FILE,
				folder, 0, false, false, true);
		try (EmbeddedMongoServer server = EmbeddedMongoServer.start(properties);
				MongoClient client = MongoClients.create(server.connectionString())) {
			MongoCollection<Document> notes = client.getDatabase("briefings").getCollection("notes");
			assertThat(
					notes.find(Filters.and(Filters.eq("_id", "written-by-library"), Filters.exists("version", false))))
				.hasSize(1);
			notes.insertOne(new Document("_id", "written-here"));
		}
		try (EmbeddedMongoServer server = EmbeddedMongoServer.start(properties);
				MongoClient client = MongoClients.create(server.connectionString())) {
			assertThat(client.getDatabase("briefings").getCollection("notes").find().map((note) -> note.get("_id")))
				.containsExactlyInAnyOrder("written-by-library", "written-here");
		}
	}

	private static Bson atVersion(String id, int version) {
		return Filters.and(Filters.eq("_id", id), Filters.eq("version", version));
	}

	private static Bson atFirstVersion(String id) {
		return Filters.and(Filters.eq("_id", id),
				Filters.or(Filters.eq("version", 1), Filters.exists("version", false)));
	}

	private static Bson notNewerThan(String id, int version) {
		return Filters.and(Filters.eq("_id", id), Filters.lte("version", version));
	}

	private static String hostAndPort(java.net.InetSocketAddress address) {
		return address.getHostString() + ":" + address.getPort();
	}

}
