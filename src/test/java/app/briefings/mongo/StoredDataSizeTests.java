package app.briefings.mongo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * File storage measures its documents' size when {@code collStats} asks, instead of
 * keeping a running total on every write: the figure is still the stored documents' size
 * in BSON, after inserts, updates and deletes, and after the store is opened again.
 */
class StoredDataSizeTests {

	@TempDir
	Path folder;

	@Test
	void shouldReportTheStoredDocumentsSizeInBsonAfterEveryKindOfWrite() {
		Path file = this.folder.resolve("data.mv");
		try (ServedFileBackend served = ServedFileBackend.at(file)) {
			assertThat(reportedSize(served)).isZero();
			served.items().insertMany(documents(120));
			assertThat(reportedSize(served)).isEqualTo(storedSize(served)).isPositive();

			served.items().updateMany(Filters.lt("number", 40), Updates.set("text", "a longer text ".repeat(20)));
			served.items().updateMany(Filters.gte("number", 100), Updates.unset("text"));
			served.items().deleteMany(Filters.and(Filters.gte("number", 60), Filters.lt("number", 80)));
			assertThat(reportedSize(served)).isEqualTo(storedSize(served));
			assertThat(served.items().countDocuments()).isEqualTo(100);
		}

		try (ServedFileBackend reopened = ServedFileBackend.at(file)) {
			long size = storedSize(reopened);
			assertThat(reportedSize(reopened)).isEqualTo(size);
			reopened.items().deleteMany(Filters.lt("number", 10));
			assertThat(reportedSize(reopened)).isEqualTo(storedSize(reopened)).isLessThan(size);
		}
	}

	private static long reportedSize(ServedFileBackend served) {
		Document stats = served.client().getDatabase("test").runCommand(new Document("collStats", "items"));
		return ((Number) stats.get("size")).longValue();
	}

	/** The documents' size in BSON as the server sends them. */
	private static long storedSize(ServedFileBackend served) {
		long size = 0;
		for (RawBsonDocument document : served.items().withDocumentClass(RawBsonDocument.class).find()) {
			size += document.getByteBuffer().remaining();
		}
		return size;
	}

	private static List<Document> documents(int count) {
		List<Document> documents = new ArrayList<>();
		for (int number = 0; number < count; number++) {
			documents.add(new Document("number", number).append("text", "document " + number)
				.append("tags", List.of("a", "b" + number)));
		}
		return documents;
	}

}
