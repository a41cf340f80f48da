package app.briefings.mongo;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one feed page costs the embedded server does not grow with the collection: each of
 * the feed's query shapes (the plain feed, by official, by date range, a page after a
 * keyset cursor deep in the feed) examines the same documents, about a page of them, at
 * 600 and at 3,000 briefings, on both storages; the feed's count examines none. After a
 * cursor, the briefing the cursor names shares its time with the next one and is read and
 * passed over, one more than the page. Counted through the collections'
 * {@code documentsExamined}, which counts every document matched against a filter, the
 * full scan's included.
 */
class FeedPageReadsTests {

	private static final Instant NEWEST = Instant.parse("2025-12-31T23:00:00Z");

	private static final int PAGE = 21;

	@TempDir
	Path folder;

	@Test
	void shouldExamineAboutAPageOfDocumentsPerFeedPageWhateverTheSizeInMemory() {
		Map<String, Long> small = examinedPerShape(600, memory());
		Map<String, Long> large = examinedPerShape(3000, memory());

		assertThat(large).isEqualTo(small);
		assertPageSized(large);
	}

	@Test
	void shouldExamineAboutAPageOfDocumentsPerFeedPageWhateverTheSizeOnFile() {
		Map<String, Long> small = examinedPerShape(600, file("small.mv"));
		Map<String, Long> large = examinedPerShape(3000, file("large.mv"));

		assertThat(large).isEqualTo(small);
		assertPageSized(large);
	}

	private static void assertPageSized(Map<String, Long> examined) {
		assertThat(examined.get("feed")).isEqualTo(PAGE);
		assertThat(examined.get("feed by official")).isBetween((long) PAGE, 2L * PAGE);
		assertThat(examined.get("feed by date range")).isEqualTo(PAGE);
		assertThat(examined.get("feed after a deep cursor")).isEqualTo(PAGE + 1);
		assertThat(examined.get("feed count")).isZero();
	}

	private record Served(MongoServer server, ToLongFunction<String> examined) {
	}

	private static Served memory() {
		IdLookupMemoryBackend backend = new IdLookupMemoryBackend(true);
		return served(backend, (collection) -> backend.documentsExamined("test", collection));
	}

	private Served file(String name) {
		IdLookupFileBackend backend = new IdLookupFileBackend(this.folder.resolve(name).toString(), false, true);
		return served(backend, (collection) -> backend.documentsExamined("test", collection));
	}

	private static Served served(MongoBackend backend, ToLongFunction<String> examined) {
		MongoServer server = new MongoServer(backend);
		server.bind("127.0.0.1", 0);
		return new Served(server, examined);
	}

	private static Map<String, Long> examinedPerShape(int briefings, Served served) {
		try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:"
				+ served.server().getLocalAddress().getPort() + "/?serverSelectionTimeoutMS=5000")) {
			MongoCollection<Document> items = client.getDatabase("test").getCollection("items");
			createFeedIndexes(items);
			items.insertMany(briefings(briefings));
			Map<String, Long> examined = new LinkedHashMap<>();
			examined.put("feed", examinedBy(served, () -> page(items, published())));
			examined.put("feed by official",
					examinedBy(served, () -> page(items, Filters.and(published(), Filters.in("officialIds", "o1")))));
			examined.put("feed by date range", examinedBy(served,
					() -> page(items, Filters.and(published(), Filters.gte("publishedAt", hoursBeforeNewest(200)),
							Filters.lt("publishedAt", hoursBeforeNewest(100))))));
			examined.put("feed after a deep cursor", examinedBy(served, () -> page(items, afterCursor(300))));
			examined.put("feed count", examinedBy(served, () -> items.countDocuments(published())));
			return examined;
		}
		finally {
			served.server().shutdownNow();
		}
	}

	private static long examinedBy(Served served, Runnable query) {
		long before = served.examined().applyAsLong("items");
		query.run();
		return served.examined().applyAsLong("items") - before;
	}

	private static void page(MongoCollection<Document> items, Bson filter) {
		List<Document> page = items.find(filter)
			.sort(Sorts.descending("publishedAt", "_id"))
			.limit(PAGE)
			.into(new ArrayList<>());
		assertThat(page).hasSize(PAGE);
	}

	private static Bson published() {
		return Filters.and(Filters.eq("status", "PUBLISHED"));
	}

	/** The keyset cursor of the feed after briefing {@code i}, as the feed writes it. */
	private static Bson afterCursor(int i) {
		Date publishedAt = publishedAt(i);
		return Filters.and(published(), Filters.or(Filters.lt("publishedAt", publishedAt),
				Filters.and(Filters.eq("publishedAt", publishedAt), Filters.lt("_id", id(i)))));
	}

	private static void createFeedIndexes(MongoCollection<Document> items) {
		items.createIndex(new Document("status", 1).append("publishedAt", -1).append("_id", -1),
				new IndexOptions().name("feed"));
		items.createIndex(new Document("officialIds", 1).append("publishedAt", -1).append("_id", -1),
				new IndexOptions().name("officialIds_feed"));
	}

	/**
	 * Briefing {@code i} is published {@code i / 2} hours before the newest (two at each
	 * time), so the newest ones are the same whatever the count; every tenth is
	 * retracted, every third names official o1 and the others o2.
	 */
	private static List<Document> briefings(int count) {
		List<Document> briefings = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			briefings.add(new Document("_id", id(i)).append("status", (i % 10 == 9) ? "RETRACTED" : "PUBLISHED")
				.append("title", "Briefing " + i)
				.append("body", "Text of briefing " + i)
				.append("publishedAt", publishedAt(i))
				.append("officialIds", List.of((i % 3 == 0) ? "o1" : "o2")));
		}
		return briefings;
	}

	private static String id(int i) {
		return String.format("b%05d", 99999 - i);
	}

	private static Date publishedAt(int i) {
		return hoursBeforeNewest(i / 2);
	}

	private static Date hoursBeforeNewest(int hours) {
		return Date.from(NEWEST.minusSeconds(hours * 3600L));
	}

}
