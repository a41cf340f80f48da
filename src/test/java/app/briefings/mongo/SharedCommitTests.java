package app.briefings.mongo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A run of writes shares one commit on file storage: what the file holds during the run
 * is what a process killed then leaves behind, and what it holds once the run has
 * returned is what the run acknowledged.
 */
class SharedCommitTests {

	@Test
	void shouldAnswerAnUnjournaledWriteWithoutCommittingUntilAnFsync(@TempDir Path folder) throws Exception {
		try (EmbeddedMongoServer server = EmbeddedMongoServer.start(fileStorage(folder));
				MongoClient client = MongoClients.create(server.connectionString())) {
			MongoCollection<Document> notes = client.getDatabase("briefings").getCollection("notes");
			notes.insertOne(new Document("_id", "journaled"));
			notes.withWriteConcern(WriteConcern.ACKNOWLEDGED.withJournal(false))
				.insertOne(new Document("_id", "unjournaled"));

			assertThat(idsInFile(folder, "databases.briefings.notes")).containsExactly("journaled");
			assertThat(notes.countDocuments()).as("what the server answers before the commit").isEqualTo(2);

			client.getDatabase("briefings").runCommand(new Document("fsync", 1));
			assertThat(idsInFile(folder, "databases.briefings.notes")).containsExactlyInAnyOrder("journaled",
					"unjournaled");
		}
	}

	@Test
	void shouldCommitTheRunsWritesTogetherWhenItEnds(@TempDir Path folder) throws Exception {
		try (EmbeddedMongoServer server = EmbeddedMongoServer.start(fileStorage(folder));
				MongoClient client = MongoClients.create(server.connectionString())) {
			MongoTemplate mongo = template(client);
			SharedCommit commit = new SharedCommit(mongo);
			List<String> inFileDuringTheRun = commit.around(() -> {
				mongo.bulkOps(BulkMode.UNORDERED, "notes")
					.insert(List.of(new Document("_id", "a"), new Document("_id", "b")))
					.execute();
				mongo.insert(List.of(new Document("_id", "c")), "notes");
				mongo.updateFirst(Query.query(Criteria.where("_id").is("a")), Update.update("done", true), "notes");
				return idsInFile(folder, "databases.briefings.notes");
			});

			assertThat(inFileDuringTheRun).isEmpty();
			assertThat(idsInFile(folder, "databases.briefings.notes")).containsExactlyInAnyOrder("a", "b", "c");
			mongo.insert(new Document("_id", "d"), "notes");
			assertThat(idsInFile(folder, "databases.briefings.notes")).as("a write after the run commits as before")
				.containsExactlyInAnyOrder("a", "b", "c", "d");
		}
	}

	@Test
	void shouldAcknowledgeNothingOfARunThatFailed(@TempDir Path folder) throws Exception {
		try (EmbeddedMongoServer server = EmbeddedMongoServer.start(fileStorage(folder));
				MongoClient client = MongoClients.create(server.connectionString())) {
			MongoTemplate mongo = template(client);
			SharedCommit commit = new SharedCommit(mongo);

			assertThatIllegalStateException().isThrownBy(() -> commit.around(() -> {
				mongo.insert(new Document("_id", "a"), "notes");
				throw new IllegalStateException("failed midway");
			}));
			assertThat(idsInFile(folder, "databases.briefings.notes")).isEmpty();
		}
	}

	@Test
	void shouldOnlyRunTheWorkWithoutTheEmbeddedServer() {
		AtomicInteger runs = new AtomicInteger();
		assertThat(SharedCommit.none().around(runs::incrementAndGet)).isEqualTo(1);
	}

	private static EmbeddedMongoProperties fileStorage(Path folder) {
		return new EmbeddedMongoProperties(true, EmbeddedMongoProperties.Storage.FILE, folder.resolve("data"), 0, false,
				false, true);
	}

	private static MongoTemplate template(MongoClient client) {
		MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE,
				new MongoMappingContext());
		converter.afterPropertiesSet();
		return new RequestBoundMongoTemplate(new SimpleMongoClientDatabaseFactory(client, "briefings"), converter,
				new RequestTimeLimit(Duration.ofSeconds(10)));
	}

	/** The ids the data file holds now, read from a copy as a restarted process would. */
	private static List<String> idsInFile(Path folder, String collection) {
		try {
			Path copy = Files.createTempFile(folder, "copy-", ".mv");
			Files.copy(folder.resolve("data/briefings.mv"), copy, StandardCopyOption.REPLACE_EXISTING);
			MVStore store = new MVStore.Builder().fileName(copy.toString()).readOnly().open();
			try {
				if (!store.hasMap(collection)) {
					return List.of();
				}
				return StorageFormat.openData(store, collection)
					.values()
					.stream()
					.map((document) -> String.valueOf(document.get("_id")))
					.toList();
			}
			finally {
				store.close();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
