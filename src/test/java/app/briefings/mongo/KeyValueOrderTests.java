package app.briefings.mongo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link KeyValueOrder} orders every pair of values exactly as mongo-java-server's
 * {@link ValueComparator} does, both ways, so an index walk still gives the sort's order.
 */
class KeyValueOrderTests {

	@Test
	void shouldOrderEveryPairAsTheServersComparisonDoes() {
		List<Object> values = values();
		for (boolean ascending : new boolean[] { true, false }) {
			ValueComparator expected = ascending ? ValueComparator.asc() : ValueComparator.desc();
			KeyValueOrder order = KeyValueOrder.of(ascending);
			for (Object first : values) {
				for (Object second : values) {
					assertThat(Integer.signum(order.compare(first, second)))
						.as("%s %s %s", first, ascending ? "<=>" : "descending <=>", second)
						.isEqualTo(Integer.signum(expected.compare(first, second)));
				}
			}
		}
	}

	@Test
	void shouldSortStringsByUtf16CodeUnitsLikeTheServer() {
		List<Object> sorted = new ArrayList<>(List.of("b", "Ä", "a", "", "B", "я", "ab", "\uD83D\uDE00", "\uFFFD"));
		sorted.sort(KeyValueOrder.of(true));
		assertThat(sorted).containsExactly("", "B", "a", "ab", "b", "Ä", "я", "\uD83D\uDE00", "\uFFFD");
	}

	private static List<Object> values() {
		Random random = new Random(15);
		List<Object> values = new ArrayList<>(
				Arrays.asList(null, Missing.getInstance(), MinKey.getInstance(), MaxKey.getInstance(), "", "a", "A",
						"ab", "b", "Zas", "Зась", "\uD83D\uDE00", "\uFFFD", 1, 2L, 2.5, Instant.EPOCH,
						Instant.parse("2026-03-01T00:00:00Z"), true, false, new ObjectId("5f1d7a3e9c1b2a0012345678"),
						new ObjectId("5f1d7a3e9c1b2a0012345679"), new Document("a", 1), List.of("a", "b"), List.of()));
		for (int i = 0; i < 40; i++) {
			values.add(randomString(random));
			values.add(Instant.ofEpochMilli(random.nextLong() % 4_000_000_000_000L));
			values.add(new ObjectId());
		}
		return values;
	}

	private static String randomString(Random random) {
		String alphabet = "aAbBzZ09 -Ääяé\uD83D\uDE00";
		StringBuilder text = new StringBuilder();
		int length = random.nextInt(6);
		for (int i = 0; i < length; i++) {
			text.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return text.toString();
	}

}
