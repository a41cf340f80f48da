package app.briefings.mongo;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentSkipListMap;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.ValueComparator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Adding keys to an ordered index of the feed's shape (status, {@code publishedAt}
 * descending, {@code _id}), as the embedded server does for every briefing written: with
 * the index's order ({@link IndexOrder}, which compares strings and instants directly) and,
 * in alternate rounds on the same thread, with mongo-java-server's {@link ValueComparator}
 * field by field, the order the index used before. Prints the thread's CPU time per key
 * added for each, the median of the measured rounds. Run it with
 * {@code ./mvnw -B -q -o -Pbench test -Dtest=IndexKeyOrderBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true}.
 * It checks only that both orders agree.
 */
class IndexKeyOrderBenchmark {

	private static final int KEYS = 20_000;

	private static final int WARM_UP_ROUNDS = 4;

	private static final int MEASURED_ROUNDS = 9;

	@Test
	void measureAddingKeys() {
		List<IndexKey> fields = List.of(new IndexKey("status", true), new IndexKey("publishedAt", false),
				new IndexKey("_id", true));
		Comparator<IndexEntry> index = new IndexOrder(fields);
		Comparator<IndexEntry> library = libraryOrder(fields);
		List<IndexEntry> keys = keys();
		for (int round = 0; round < WARM_UP_ROUNDS; round++) {
			add(keys, index);
			add(keys, library);
		}
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		double[] indexNanos = new double[MEASURED_ROUNDS];
		double[] libraryNanos = new double[MEASURED_ROUNDS];
		for (int round = 0; round < MEASURED_ROUNDS; round++) {
			long before = threads.getCurrentThreadCpuTime();
			List<IndexEntry> inIndexOrder = add(keys, index);
			long between = threads.getCurrentThreadCpuTime();
			List<IndexEntry> inLibraryOrder = add(keys, library);
			long after = threads.getCurrentThreadCpuTime();
			indexNanos[round] = (double) (between - before) / KEYS;
			libraryNanos[round] = (double) (after - between) / KEYS;
			assertThat(inIndexOrder).isEqualTo(inLibraryOrder);
		}
		System.out.printf("[index keys] adding %,d keys (status, publishedAt desc, _id), median of %d rounds: "
				+ "IndexOrder %.0f ns CPU a key, ValueComparator field by field %.0f ns a key (%.2f times)%n", KEYS,
				MEASURED_ROUNDS, median(indexNanos), median(libraryNanos), median(libraryNanos) / median(indexNanos));
	}

	private static List<IndexEntry> add(List<IndexEntry> keys, Comparator<IndexEntry> order) {
		ConcurrentSkipListMap<IndexEntry, Integer> index = new ConcurrentSkipListMap<>(order);
		for (int position = 0; position < keys.size(); position++) {
			index.put(keys.get(position), position);
		}
		return new ArrayList<>(index.keySet());
	}

	private static List<IndexEntry> keys() {
		Random random = new Random(15);
		Instant start = Instant.parse("2025-01-01T00:00:00Z");
		List<IndexEntry> keys = new ArrayList<>(KEYS);
		for (int key = 0; key < KEYS; key++) {
			String status = (random.nextInt(20) == 0) ? "RETRACTED" : "PUBLISHED";
			Instant publishedAt = start.plusSeconds(86_400L * random.nextInt(365) + 3_600L * random.nextInt(3));
			String id = Long.toHexString(random.nextLong() | Long.MIN_VALUE) + ":" + random.nextInt(4);
			keys.add(IndexEntry.of(status, publishedAt, id, id));
		}
		return keys;
	}

	private static Comparator<IndexEntry> libraryOrder(List<IndexKey> fields) {
		List<Comparator<Object>> byPosition = new ArrayList<>();
		for (IndexKey field : fields) {
			byPosition.add(field.isAscending() ? ValueComparator.asc() : ValueComparator.desc());
		}
		byPosition.add(ValueComparator.asc());
		return (first, second) -> {
			for (int i = 0; i < byPosition.size(); i++) {
				int comparison = byPosition.get(i).compare(first.value(i), second.value(i));
				if (comparison != 0) {
					return comparison;
				}
			}
			return 0;
		};
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

}
