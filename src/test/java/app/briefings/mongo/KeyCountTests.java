package app.briefings.mongo;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.CountOptions;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counts on file storage that an ordered index covers are answered from its keys without
 * reading a document, and the others read the documents. To tell the two apart, the
 * stored documents are changed behind the index's back (the file edited while the server
 * is stopped, keeping the saved index valid): a count from keys still sees the old
 * values, a count that reads documents sees the new ones.
 */
class KeyCountTests {

	private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

	@TempDir
	Path folder;

	@Test
	void shouldCountCoveredFiltersFromIndexKeysWithoutReadingDocuments() {
		Path file = this.folder.resolve("data.mv");
		try (ServedFileBackend first = ServedFileBackend.at(file)) {
			first.createIndexes();
			first.items().insertMany(items(60));
			assertThat(first.items().countDocuments(Filters.eq("status", "PUBLISHED"))).isEqualTo(40);
		}
		retractEveryItemBehindTheIndexes(file);

		try (ServedFileBackend reopened = ServedFileBackend.at(file)) {
			MongoCollection<Document> items = reopened.items();
			assertThat(reopened.backend().snapshots().restoredCount()).isEqualTo(2);
			assertThat(items.find(Filters.eq("status", "PUBLISHED")).into(new ArrayList<>())).isEmpty();

			assertThat(items.countDocuments(Filters.eq("status", "PUBLISHED"))).isEqualTo(40);
			assertThat(items.countDocuments(Filters.and(Filters.eq("status", "PUBLISHED"),
					Filters.gte("publishedAt", Date.from(START.plusSeconds(30 * 3600))))))
				.isEqualTo(20);
			assertThat(items.countDocuments(Filters.in("officialIds", "o1", "o2"))).isEqualTo(40);
			assertThat(items.countDocuments(Filters.eq("status", "PUBLISHED"), new CountOptions().skip(5).limit(30)))
				.isEqualTo(30);

			assertThat(items.countDocuments(Filters.eq("status", "RETRACTED"))).isEqualTo(20);
			assertThat(items.countDocuments(Filters.and(Filters.eq("status", "PUBLISHED"), Filters.exists("title"))))
				.isZero();
			assertThat(items.countDocuments(Filters.regex("status", "PUB"))).isZero();
		}
	}

	/** Items 0 to 59: two in three published, dated an hour apart, named by o1 or o2. */
	private static List<Document> items(int count) {
		List<Document> items = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			items.add(new Document("_id", String.format("i%04d", i))
				.append("status", (i % 3 == 2) ? "RETRACTED" : "PUBLISHED")
				.append("title", "Item " + i)
				.append("publishedAt", Date.from(START.plusSeconds(i * 3600L)))
				.append("officialIds", (i % 3 == 0) ? List.of("o1", "o2", "o1") : List.of((i % 3 == 1) ? "o1" : "o3")));
		}
		return items;
	}

	private static void retractEveryItemBehindTheIndexes(Path file) {
		MVStore store = new MVStore.Builder().fileName(file.toString()).open();
		MVMap<Object, de.bwaldvogel.mongo.bson.Document> data = StorageFormat.openData(store, "databases.test.items");
		for (Object key : new ArrayList<>(data.keySet())) {
			de.bwaldvogel.mongo.bson.Document changed = data.get(key).clone();
			changed.put("status", "RETRACTED");
			changed.put("officialIds", List.of());
			data.put(key, changed);
		}
		store.commit();
		store.close();
	}

}
