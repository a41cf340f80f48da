package app.briefings.mongo;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.BsonBinarySubType;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * File storage writes documents, ids and unique-index keys without Java serialization
 * ({@link StorageFormat}), reads them back exactly, and still opens stores written with
 * the library's own types.
 */
class StorageFormatTests {

	/** The header of every Java serialization stream. */
	private static final byte[] JAVA_SERIALIZATION = { (byte) 0xAC, (byte) 0xED, 0x00, 0x05 };

	@TempDir
	Path folder;

	@Test
	void shouldStoreDocumentsIdsAndUniqueKeysWithoutJavaSerialization() throws IOException {
		Path file = this.folder.resolve("data.mv");
		try (ServedFileBackend served = ServedFileBackend.at(file)) {
			served.items().createIndex(Indexes.ascending("partner", "externalId"), new IndexOptions().unique(true));
			served.items().insertMany(documents(0, 200));
			served.items().updateMany(Filters.lt("number", 50), Updates.set("status", "done"));
			served.items().deleteMany(Filters.gte("number", 190));
		}

		assertThat(occurrences(Files.readAllBytes(file), JAVA_SERIALIZATION)).isZero();
	}

	@Test
	void shouldReadBackEveryTypeExactly() {
		Path file = this.folder.resolve("data.mv");
		Document written = everyType(new ObjectId());
		try (ServedFileBackend first = ServedFileBackend.at(file)) {
			first.items().insertOne(written);
		}

		try (ServedFileBackend reopened = ServedFileBackend.at(file)) {
			Document read = reopened.items().find(Filters.eq("_id", written.get("_id"))).first();
			assertThat(read).isEqualTo(written);
			assertThat(read.get("count")).isInstanceOf(Integer.class);
			assertThat(read.get("total")).isInstanceOf(Long.class);
			assertThat(read.get("ratio")).isInstanceOf(Double.class);
			assertThat(read.get("list", List.class).get(1)).isInstanceOf(Long.class);
		}
	}

	@Test
	void shouldRoundTripTheServersOwnDocumentsThroughTheDataType() {
		de.bwaldvogel.mongo.bson.Document document = new de.bwaldvogel.mongo.bson.Document("_id",
				new de.bwaldvogel.mongo.bson.ObjectId())
			.append("text", "Заседание СКБ")
			.append("at", Instant.ofEpochMilli(1_591_315_200_123L))
			.append("count", 7)
			.append("total", 7L)
			.append("ratio", -0.0)
			.append("none", null)
			.append("id", UUID.randomUUID())
			.append("nested", new de.bwaldvogel.mongo.bson.Document("list", List.of(1, 2L, "three")));
		StoredDocumentType type = new StoredDocumentType();
		WriteBuffer buffer = new WriteBuffer();
		type.write(buffer, document);
		type.write(buffer, document);
		ByteBuffer written = buffer.getBuffer().flip();

		assertThat(written.get(0)).isEqualTo(StoredDocumentType.BSON);
		assertThat(type.read(written)).isEqualTo(document);
		de.bwaldvogel.mongo.bson.Document second = type.read(written);
		assertThat(second).isEqualTo(document);
		assertThat(second.get("ratio")).isEqualTo(-0.0);
		assertThat(written.hasRemaining()).isFalse();
	}

	@Test
	void shouldRoundTripAndOrderUniqueKeysWithMissingAndNullValues() {
		UniqueKeyType type = new UniqueKeyType();
		KeyValue key = new KeyValue("bench", Missing.getInstance(), null, 12L);
		WriteBuffer buffer = new WriteBuffer();
		type.write(buffer, key);
		ByteBuffer written = buffer.getBuffer().flip();

		assertThat(type.read(written)).isEqualTo(key);
		assertThat(written.hasRemaining()).isFalse();
		assertThat(type.compare(new KeyValue("a", 1), new KeyValue("a", 1))).isZero();
		assertThat(type.compare(new KeyValue("a", 1), new KeyValue("a", 2))).isNegative();
		assertThat(type.compare(new KeyValue("b", 1), new KeyValue("a", 2))).isPositive();
		assertThat(type.compare(new KeyValue("a", 1), new KeyValue("a", 1L))).isNotZero();
	}

	@Test
	void shouldOpenAStoreWrittenWithTheLibrarysTypesAndKeepItsUniqueIndexes() {
		Path file = this.folder.resolve("data.mv");
		List<Document> written = documents(0, 100);
		written.add(everyType(new ObjectId()));
		MongoServer legacy = new MongoServer(new H2Backend(new MVStore.Builder().fileName(file.toString()).open()));
		try (MongoClient client = clientOf(legacy)) {
			MongoCollection<Document> items = client.getDatabase("test").getCollection("items");
			items.createIndex(Indexes.ascending("partner", "externalId"), new IndexOptions().unique(true));
			items.insertMany(written);
		}
		finally {
			legacy.shutdownNow();
		}

		try (ServedFileBackend reopened = ServedFileBackend.at(file)) {
			assertThat(reopened.items().find().into(new ArrayList<>())).containsExactlyInAnyOrderElementsOf(written);
			reopened.items().insertMany(documents(100, 150));
			reopened.items().updateOne(Filters.eq("number", 3), Updates.set("status", "done"));
			assertThatExceptionOfType(MongoWriteException.class)
				.isThrownBy(() -> reopened.items().insertOne(documents(7, 8).get(0).append("_id", "another")));
		}

		try (ServedFileBackend again = ServedFileBackend.at(file)) {
			assertThat(again.items().countDocuments()).isEqualTo(151);
			assertThat(again.items().find(Filters.eq("number", 3)).first()).containsEntry("status", "done");
			assertThat(again.items().find(Filters.eq("_id", written.get(100).get("_id"))).first())
				.isEqualTo(written.get(100));
			assertThatExceptionOfType(MongoWriteException.class)
				.isThrownBy(() -> again.items().insertOne(documents(120, 121).get(0).append("_id", "another")));
		}
	}

	private static MongoClient clientOf(MongoServer server) {
		server.bind("127.0.0.1", 0);
		return MongoClients
			.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort() + "/?serverSelectionTimeoutMS=5000");
	}

	private static List<Document> documents(int from, int to) {
		List<Document> documents = new ArrayList<>();
		for (int i = from; i < to; i++) {
			Object id = (i % 2 == 0) ? new ObjectId() : "document-" + i;
			documents.add(new Document("_id", id).append("partner", "bench")
				.append("externalId", "ext-" + i)
				.append("number", i)
				.append("status", "pending")
				.append("receivedAt", new Date(1_765_000_000_000L + i))
				.append("text", "Item " + i + " of the import"));
		}
		return documents;
	}

	private static Document everyType(ObjectId id) {
		return new Document("_id", id).append("text", "Генеральный секретарь ОДКБ")
			.append("date", new Date(1_591_315_200_123L))
			.append("reference", new ObjectId())
			.append("nested", new Document("author", "Zas").append("deeper", new Document("level", 3)))
			.append("list", List.of("a", 2L, new Document("b", true)))
			.append("count", 5)
			.append("total", 5L)
			.append("ratio", 0.25)
			.append("none", null)
			.append("bytes", new Binary(new byte[] { 1, 2, 3 }))
			.append("uuid", new Binary(BsonBinarySubType.UUID_STANDARD, new byte[16]));
	}

	private static int occurrences(byte[] haystack, byte[] needle) {
		int found = 0;
		for (int i = 0; i + needle.length <= haystack.length; i++) {
			int matched = 0;
			while (matched < needle.length && haystack[i + matched] == needle[matched]) {
				matched++;
			}
			if (matched == needle.length) {
				found++;
			}
		}
		return found;
	}

}
