package app.briefings.mongo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ordered indexes of file storage saved when it closes and read back when it opens
 * ({@link IndexSnapshots}), compared key by key with indexes built from a full scan.
 */
class IndexSnapshotsTests {

	private static final List<String> OFFICIALS = List.of("o1", "o2", "o3", "o4", "o5");

	@TempDir
	Path folder;

	@Test
	void shouldReadTheIndexesBackAfterACleanCloseWithoutRebuildingThem() {
		Path file = this.folder.resolve("data.mv");
		try (ServedFileBackend first = ServedFileBackend.at(file)) {
			first.createIndexes();
			first.items().insertMany(items(0, 300, new Random(1)));
			change(first.items(), new Random(2));
			assertThat(first.backend().closedCleanlyBefore()).isFalse();
		}

		try (ServedFileBackend reopened = ServedFileBackend.at(file)) {
			assertThat(reopened.snapshots().restoredCount()).isEqualTo(2);
			assertThat(reopened.snapshots().rebuiltCount()).isZero();
			assertThat(reopened.backend().closedCleanlyBefore()).isTrue();
			assertThat(reopened.keptIndexes()).isEqualTo(reopened.indexesFromDocuments());
			assertThat(reopened.keptIndexes().get("officialIds_feed")).hasSizeGreaterThan(300);
		}
	}

	@Test
	void shouldAnswerTheFirstQueryAfterOpeningFromTheCompleteIndexes() {
		Path file = this.folder.resolve("data.mv");
		List<Object> beforeClosing;
		try (ServedFileBackend first = ServedFileBackend.at(file)) {
			first.createIndexes();
			first.items().insertMany(items(0, 2000, new Random(7)));
			beforeClosing = newestPublished(first);
		}

		try (ServedFileBackend reopened = ServedFileBackend.at(file)) {
			List<Object> firstAnswer = newestPublished(reopened);

			assertThat(firstAnswer).hasSize(20).isEqualTo(beforeClosing);
			assertThat(reopened.snapshots().restoredCount()).isEqualTo(2);
			assertThat(reopened.keptIndexes()).isEqualTo(reopened.indexesFromDocuments());
		}
	}

	@Test
	void shouldHoldOneInstanceOfEachEqualIdAndTimeAcrossTheIndexesReadBack() {
		Path file = this.folder.resolve("data.mv");
		try (ServedFileBackend first = ServedFileBackend.at(file)) {
			first.createIndexes();
			first.items().insertMany(items(0, 300, new Random(4)));
		}

		try (ServedFileBackend reopened = ServedFileBackend.at(file)) {
			assertThat(reopened.snapshots().restoredCount()).isEqualTo(2);
			List<Object> values = reopened.orderedIndexValues();
			List<Object> idsAndTimes = values.stream()
				.filter((value) -> value instanceof String || value instanceof Instant)
				.toList();
			Set<Object> instances = Collections.newSetFromMap(new IdentityHashMap<>());
			instances.addAll(idsAndTimes);

			assertThat(values).filteredOn("i0042"::equals).hasSizeGreaterThanOrEqualTo(4);
			assertThat(idsAndTimes).contains("o1", "PUBLISHED").hasAtLeastOneElementOfType(Instant.class);
			assertThat(instances).hasSameSizeAs(new HashSet<>(idsAndTimes));
		}
	}

	@Test
	void shouldRebuildFromTheDocumentsAfterAProcessIsKilledFollowingAWrite() throws Exception {
		Path file = this.folder.resolve("data.mv");
		try (ServedFileBackend first = ServedFileBackend.at(file)) {
			first.createIndexes();
			first.items().insertMany(items(0, 300, new Random(3)));
		}
		Path killed = this.folder.resolve("killed.mv");
		try (ServedFileBackend second = ServedFileBackend.at(file)) {
			assertThat(second.snapshots().restoredCount()).isEqualTo(2);
			second.items()
				.updateMany(Filters.eq("status", "PUBLISHED"), Updates.combine(Updates.set("publishedAt", new Date(5)),
						Updates.addToSet("officialIds", "o9")));
			Files.copy(file, killed);
		}

		try (ServedFileBackend afterKill = ServedFileBackend.at(killed)) {
			assertThat(afterKill.keptIndexes()).isEqualTo(afterKill.indexesFromDocuments());
			assertThat(afterKill.keptIndexes().get("officialIds_feed")).anyMatch((key) -> key.startsWith("[o9,"));
			assertThat(afterKill.backend().closedCleanlyBefore()).isFalse();
			assertThat(afterKill.snapshots().restoredCount()).isZero();
			assertThat(afterKill.snapshots().rebuiltCount()).isEqualTo(2);
		}
	}

	@Test
	void shouldRebuildAnIndexWhoseSnapshotDoesNotMatchTheDocumentCount() {
		Path file = this.folder.resolve("data.mv");
		try (ServedFileBackend first = ServedFileBackend.at(file)) {
			first.createIndexes();
			first.items().insertMany(items(0, 50, new Random(6)));
		}
		MVStore store = new MVStore.Builder().fileName(file.toString()).open();
		StorageFormat.openData(store, "databases.test.items").remove("i0007");
		store.commit();
		store.close();

		try (ServedFileBackend reopened = ServedFileBackend.at(file)) {
			assertThat(reopened.snapshots().rebuiltCount()).isEqualTo(2);
			assertThat(reopened.keptIndexes()).isEqualTo(reopened.indexesFromDocuments());
			assertThat(reopened.keptIndexes().get("feed")).noneMatch((key) -> key.contains("i0007"));
		}
	}

	private static List<Object> newestPublished(ServedFileBackend opened) {
		List<Object> ids = new ArrayList<>();
		opened.items()
			.find(Filters.eq("status", "PUBLISHED"))
			.sort(new Document("publishedAt", -1).append("_id", -1))
			.limit(20)
			.forEach((item) -> ids.add(item.get("_id")));
		return ids;
	}

	private static List<Document> items(int first, int count, Random random) {
		List<Document> items = new ArrayList<>();
		for (int i = first; i < first + count; i++) {
			Document item = new Document("_id", String.format("i%04d", i)).append("status",
					random.nextInt(5) == 0 ? "RETRACTED" : "PUBLISHED");
			if (random.nextInt(10) != 0) {
				item.append("publishedAt",
						Date.from(Instant.parse("2025-01-01T00:00:00Z").plusSeconds(random.nextInt(40) * 3600L)));
			}
			if (random.nextInt(30) == 0) {
				item.append("publishedAt", List.of(new Date(1), new Date(2)));
			}
			List<String> officials = new ArrayList<>();
			for (int k = random.nextInt(4); k > 0; k--) {
				officials.add(OFFICIALS.get(random.nextInt(OFFICIALS.size())));
			}
			items.add(item.append("officialIds", officials));
		}
		return items;
	}

	private static void change(MongoCollection<Document> items, Random random) {
		for (int round = 0; round < 60; round++) {
			String id = String.format("i%04d", random.nextInt(300));
			switch (random.nextInt(4)) {
				case 0 -> items.deleteOne(Filters.eq("_id", id));
				case 1 -> items.updateOne(Filters.eq("_id", id), Updates.set("status", "RETRACTED"));
				case 2 -> items.updateOne(Filters.eq("_id", id),
						Updates.push("officialIds", OFFICIALS.get(random.nextInt(OFFICIALS.size()))));
				default -> items.updateOne(Filters.eq("_id", id), Updates.set("publishedAt", new Date(round)));
			}
		}
	}

}
