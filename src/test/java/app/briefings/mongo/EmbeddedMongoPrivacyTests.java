package app.briefings.mongo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import com.mongodb.ConnectionString;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoSecurityException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Other local processes are kept out of the embedded server and its files. */
class EmbeddedMongoPrivacyTests {

	@Test
	void shouldRefuseAClientWithoutCredentials(@TempDir Path folder) {
		try (EmbeddedMongoServer server = EmbeddedMongoServer.start(fileStorage(folder));
				MongoClient owner = MongoClients.create(server.connectionString());
				MongoClient stranger = MongoClients.create(server.anonymousConnectionString())) {
			owner.getDatabase("briefings").getCollection("apiKeys").insertOne(new Document("_id", "k1"));

			assertThatExceptionOfType(MongoCommandException.class)
				.isThrownBy(() -> stranger.getDatabase("briefings").getCollection("apiKeys").find().first())
				.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(13));
			assertThatExceptionOfType(MongoCommandException.class)
				.isThrownBy(() -> stranger.getDatabase("briefings")
					.getCollection("apiKeys")
					.insertOne(new Document("_id", "planted").append("roles", "ADMIN")))
				.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(13));
			assertThat(owner.getDatabase("briefings").getCollection("apiKeys").countDocuments()).isOne();
		}
	}

	@Test
	void shouldRefuseAClientWithAWrongPassword(@TempDir Path folder) {
		try (EmbeddedMongoServer server = EmbeddedMongoServer.start(fileStorage(folder))) {
			String wrong = server.connectionString()
				.getConnectionString()
				.replaceFirst("briefings:[^@]+@", "briefings:guessed@");
			try (MongoClient guesser = MongoClients.create(new ConnectionString(wrong))) {
				assertThatExceptionOfType(MongoSecurityException.class)
					.isThrownBy(() -> guesser.getDatabase("briefings").getCollection("apiKeys").find().first());
			}
		}
	}

	@Test
	void shouldGenerateNewCredentialsAtEachStart(@TempDir Path folder) {
		String first;
		try (EmbeddedMongoServer server = EmbeddedMongoServer.start(fileStorage(folder))) {
			first = new String(server.connectionString().getPassword());
		}
		try (EmbeddedMongoServer server = EmbeddedMongoServer.start(fileStorage(folder))) {
			assertThat(new String(server.connectionString().getPassword())).hasSizeGreaterThanOrEqualTo(40)
				.isNotEqualTo(first);
		}
	}

	@Test
	void shouldCreateTheDataFolderAndFileForTheOwnerOnly(@TempDir Path parent) throws Exception {
		Path folder = parent.resolve("data");
		try (EmbeddedMongoServer server = EmbeddedMongoServer.start(fileStorage(folder))) {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("briefings.mv"))))
				.isEqualTo("rw-------");
		}
	}

	@Test
	void shouldTakeOtherUsersRightsAwayFromAnEarlierDataFolder(@TempDir Path parent) throws Exception {
		Path folder = Files.createDirectory(parent.resolve("data"));
		EmbeddedMongoServer.start(fileStorage(folder)).close();
		Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
		Files.setPosixFilePermissions(folder.resolve("briefings.mv"), PosixFilePermissions.fromString("rw-r--r--"));

		try (EmbeddedMongoServer server = EmbeddedMongoServer.start(fileStorage(folder))) {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("briefings.mv"))))
				.isEqualTo("rw-------");
		}
	}

	private static EmbeddedMongoProperties fileStorage(Path folder) {
		return new EmbeddedMongoProperties(true, EmbeddedMongoProperties.Storage.FILE, folder, 0, false, false, true);
	}

}
