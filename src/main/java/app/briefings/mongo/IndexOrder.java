package app.briefings.mongo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import de.bwaldvogel.mongo.backend.IndexKey;

/**
 * The order of an {@link OrderedIndex}'s keys: field by field, each ascending or
 * descending as declared, with the comparison mongo-java-server sorts query results with
 * ({@link KeyValueOrder}), then by {@code _id} ascending. Because it is the sort's own
 * comparison, walking the index gives documents in exactly the order a sorted full scan
 * gives them.
 */
final class IndexOrder implements Comparator<IndexEntry> {

	private final List<Comparator<Object>> comparators;

	IndexOrder(List<IndexKey> keys) {
		List<Comparator<Object>> byPosition = new ArrayList<>(keys.size() + 1);
		for (IndexKey key : keys) {
			byPosition.add(KeyValueOrder.of(key.isAscending()));
		}
		byPosition.add(KeyValueOrder.of(true));
		this.comparators = List.copyOf(byPosition);
	}

	@Override
	public int compare(IndexEntry first, IndexEntry second) {
		return compareFrom(0, first, second);
	}

	/** Compares two keys ignoring their values before {@code position}. */
	int compareFrom(int position, IndexEntry first, IndexEntry second) {
		int common = Math.min(first.size(), second.size());
		for (int i = position; i < common; i++) {
			int comparison = this.comparators.get(i).compare(first.value(i), second.value(i));
			if (comparison != 0) {
				return comparison;
			}
		}
		if (first.size() == second.size()) {
			return Integer.compare(first.tie(), second.tie());
		}
		return (first.size() < second.size()) ? first.tie() : -second.tie();
	}

}
