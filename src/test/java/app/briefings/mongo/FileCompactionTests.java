package app.briefings.mongo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * File storage commits after every write; its chunks stay dense and its file near the
 * size of its live data however many commits it has taken, and a copy of the file taken
 * while the server runs, as a process killed then would leave it, holds every answered
 * write.
 */
class FileCompactionTests {

	private static final int DOCUMENTS = 3_000;

	@Test
	void shouldKeepTheChunksDenseAcrossACommitPerWrite(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("data.mv");
		List<Document> expected = new ArrayList<>();
		try (ServedFileBackend served = ServedFileBackend.at(file)) {
			MVStore store = served.backend().getMvStore();
			store.setRetentionTime(0);
			MongoCollection<Document> items = served.items();
			served.createIndexes();
			for (int i = 0; i < DOCUMENTS; i++) {
				Document item = new Document("_id", "item-" + i).append("status", "PENDING")
					.append("text", "x".repeat(400) + i);
				items.insertOne(item);
				items.updateOne(Filters.eq("_id", "item-" + i), Updates.set("status", "DONE"));
				expected.add(item.append("status", "DONE"));
			}
			FileStore<?> fileStore = store.getFileStore();
			assertThat(fileStore.getChunksFillRate()).as("percent of the chunks' bytes live").isGreaterThan(40);
			assertThat(Files.size(file)).as("the file's size").isLessThan(8L * 1024 * 1024);
			assertThat(items.find().sort(new Document("_id", 1)).into(new ArrayList<>())).hasSize(DOCUMENTS);
			Files.copy(file, folder.resolve("copy.mv"));
		}
		try (ServedFileBackend copy = ServedFileBackend.at(folder.resolve("copy.mv"))) {
			assertThat(copy.items().countDocuments()).as("what a process killed after the last answer leaves")
				.isEqualTo(DOCUMENTS);
			assertThat(copy.items().find(Filters.eq("_id", "item-17")).first()).isEqualTo(expected.get(17));
			assertThat(copy.items().find(Filters.eq("_id", "item-" + (DOCUMENTS - 1))).first())
				.isEqualTo(expected.get(DOCUMENTS - 1));
		}
	}

}
