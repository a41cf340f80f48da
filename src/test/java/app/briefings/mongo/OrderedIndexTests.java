package app.briefings.mongo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Planning and walking one {@link OrderedIndex}, without a server. */
class OrderedIndexTests {

	private static final Document NEWEST_FIRST = new Document("publishedAt", -1).append("_id", -1);

	private static final Document OLDEST_FIRST = new Document("publishedAt", 1).append("_id", 1);

	private final OrderedIndex<Integer> feed = new OrderedIndex<>("feed",
			List.of(new IndexKey("status", true), new IndexKey("publishedAt", false), new IndexKey("_id", false)));

	private final OrderedIndex<Integer> officials = new OrderedIndex<>("officialIds_feed",
			List.of(new IndexKey("officialIds", true), new IndexKey("publishedAt", false), new IndexKey("_id", false)));

	private final List<Document> documents = new ArrayList<>();

	@Test
	void shouldWalkThePinnedValueNewestFirstWithTiesByIdAndBackwardForTheReverseSort() {
		add("b1", "PUBLISHED", 10, "o1");
		add("b2", "PUBLISHED", 30, "o1");
		add("b3", "RETRACTED", 20, "o1");
		add("b4", "PUBLISHED", 30, "o2");
		add("b5", "PUBLISHED", 20);

		IndexScan<Integer> newestFirst = this.feed.scan(conditions(new Document("status", "PUBLISHED")), NEWEST_FIRST);
		IndexScan<Integer> oldestFirst = this.feed.scan(conditions(new Document("status", "PUBLISHED")), OLDEST_FIRST);

		assertThat(newestFirst.isSorted()).isTrue();
		assertThat(ids(newestFirst.inSortOrder())).containsExactly("b4", "b2", "b5", "b1");
		assertThat(ids(oldestFirst.inSortOrder())).containsExactly("b1", "b5", "b2", "b4");
	}

	@Test
	void shouldGiveADocumentUnderSeveralPinnedValuesOnceInMergedOrder() {
		add("b1", "PUBLISHED", 10, "o1", "o2");
		add("b2", "PUBLISHED", 30, "o2");
		add("b3", "PUBLISHED", 20, "o1", "o3", "o1");
		add("b4", "PUBLISHED", 40, "o4");

		Document anyOf = new Document("officialIds", new Document("$in", List.of("o1", "o2", "o3")));
		IndexScan<Integer> scan = this.officials.scan(conditions(anyOf), NEWEST_FIRST);

		assertThat(ids(scan.inSortOrder())).containsExactly("b2", "b3", "b1");
		assertThat(ids(this.officials.scan(conditions(anyOf), OLDEST_FIRST).inSortOrder())).containsExactly("b1", "b3",
				"b2");
	}

	@Test
	void shouldReadOnlyTheKeysInTheDateRangeAndBeforeAKeysetCursor() {
		for (int day = 1; day <= 30; day++) {
			add("b" + (100 + day), "PUBLISHED", day);
		}
		Document range = new Document("$and",
				List.of(new Document("status", "PUBLISHED"), new Document("publishedAt", new Document("$gte", day(10))),
						new Document("publishedAt", new Document("$lt", day(15)))));
		Document olderThanCursor = new Document("$and",
				List.of(new Document("status", "PUBLISHED"),
						new Document("$or", List.of(new Document("publishedAt", new Document("$lt", day(5))),
								new Document("publishedAt", day(5)).append("_id", new Document("$lt", "b105"))))));

		assertThat(this.feed.scan(conditions(range), NEWEST_FIRST).estimate(1000)).isEqualTo(5);
		assertThat(ids(this.feed.scan(conditions(range), NEWEST_FIRST).inSortOrder())).containsExactly("b114", "b113",
				"b112", "b111", "b110");
		assertThat(ids(this.feed.scan(conditions(olderThanCursor), NEWEST_FIRST).inSortOrder())).containsExactly("b105",
				"b104", "b103", "b102", "b101");
	}

	@Test
	void shouldNotNarrowOrWalkBackwardOnceADateIsAnArray() {
		add("b1", "PUBLISHED", 10);
		add("b2", "PUBLISHED", 20);
		Document irregular = new Document("_id", "b3").append("status", "PUBLISHED")
			.append("publishedAt", List.of(day(1), day(40)));
		this.feed.add(irregular, 2, null);
		Document range = new Document("status", "PUBLISHED").append("publishedAt", new Document("$gte", day(15)));

		assertThat(this.feed.scan(conditions(range), NEWEST_FIRST).estimate(1000)).isEqualTo(3);
		assertThat(this.feed.scan(conditions(range), OLDEST_FIRST).isSorted()).isFalse();

		this.feed.remove(irregular);
		assertThat(this.feed.scan(conditions(range), NEWEST_FIRST).estimate(1000)).isEqualTo(1);
		assertThat(this.feed.scan(conditions(range), OLDEST_FIRST).isSorted()).isTrue();
	}

	@Test
	void shouldFollowUpdatesAndRemovals() {
		add("b1", "PUBLISHED", 10, "o1");
		add("b2", "PUBLISHED", 20, "o1");
		Document moved = new Document(this.documents.get(0)).append("publishedAt", day(30))
			.append("officialIds", List.of("o2"));
		this.officials.updateInPlace(this.documents.get(0), moved, 0, null);
		this.officials.remove(this.documents.get(1));

		assertThat(ids(this.officials.scan(conditions(new Document("officialIds", "o1")), NEWEST_FIRST).inSortOrder()))
			.isEmpty();
		assertThat(ids(this.officials.scan(conditions(new Document("officialIds", "o2")), NEWEST_FIRST).inSortOrder()))
			.containsExactly("b1");
	}

	@Test
	void shouldLeaveQueriesThatPinNoIndexedValueOrSortByNaturalOrderToTheScan() {
		add("b1", "PUBLISHED", 10, "o1");

		assertThat(this.feed.scan(conditions(new Document("title", "x")), NEWEST_FIRST)).isNull();
		assertThat(this.feed.scan(conditions(new Document("status", new Document("$ne", "RETRACTED"))), null)).isNull();
		assertThat(this.feed.scan(conditions(new Document("status", "PUBLISHED")), new Document("$natural", -1)))
			.isNull();
		assertThat(this.feed.scan(conditions(new Document("status", "PUBLISHED")), new Document("publishedAt", -1))
			.isSorted()).isFalse();
	}

	@Test
	void shouldKnowHowManyKeysArePinnedThroughAddsRemovalsAndARestore() {
		add("b1", "PUBLISHED", 10, "o1", "o2", "o1");
		add("b2", "PUBLISHED", 30, "o2");
		add("b3", "RETRACTED", 20, "o1", "o3");
		this.officials.remove(this.documents.get(1));
		Document anyOf = new Document("officialIds", new Document("$in", List.of("o1", "o2")));

		assertThat(this.officials.scan(conditions(anyOf), NEWEST_FIRST).pinnedKeys()).isEqualTo(3);
		assertThat(this.officials.scan(conditions(new Document("officialIds", "o3")), null).pinnedKeys()).isEqualTo(1);

		OrderedIndex<Integer> restored = new OrderedIndex<>("officialIds_feed", this.officials.getKeys());
		List<Object[]> keys = new ArrayList<>();
		List<Integer> positions = new ArrayList<>();
		this.officials.forEachKey((values, position) -> {
			keys.add(values);
			positions.add(position);
		});
		assertThat(restored.restoreSorted(keys, positions)).isTrue();
		assertThat(restored.scan(conditions(anyOf), NEWEST_FIRST).pinnedKeys()).isEqualTo(3);
	}

	@Test
	void shouldPreferTheIndexOfTheRarerPinnedValue() {
		for (int i = 0; i < 200; i++) {
			add("b" + (1000 + i), "PUBLISHED", i % 50, (i % 40 == 0) ? "rare" : "common");
		}
		List<Index<Integer>> indexes = List.of(this.feed, this.officials);
		Document query = new Document("$and",
				List.of(new Document("status", "PUBLISHED"), new Document("officialIds", "rare")));

		IndexScan<Integer> scan = IndexPlanner.bestScan(indexes, query, NEWEST_FIRST, 21);

		assertThat(scan.estimate(1000)).isEqualTo(5);
		assertThat(scan.pinnedKeys()).isEqualTo(5);
	}

	private void add(String id, String status, int day, String... officialIds) {
		Document document = new Document("_id", id).append("status", status)
			.append("publishedAt", day(day))
			.append("officialIds", List.of(officialIds));
		int position = this.documents.size();
		this.documents.add(document);
		this.feed.add(document, position, null);
		this.officials.add(document, position, null);
	}

	private static Instant day(int day) {
		return Instant.parse("2026-01-01T00:00:00Z").plusSeconds(86_400L * day);
	}

	private static List<Document> conditions(Document query) {
		return QueryConditions.of(query);
	}

	private List<String> ids(Iterator<Integer> positions) {
		List<String> ids = new ArrayList<>();
		positions.forEachRemaining((position) -> ids.add((String) this.documents.get(position).get("_id")));
		return ids;
	}

}
