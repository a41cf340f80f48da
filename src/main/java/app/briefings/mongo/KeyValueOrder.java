package app.briefings.mongo;

import java.time.Instant;
import java.util.Comparator;

import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.ObjectId;

/**
 * The order of one field's values in an {@link OrderedIndex}: mongo-java-server's
 * {@link ValueComparator}, the comparison its sorts use, ascending or descending. Two
 * strings, two instants or two object ids, nearly every comparison an index of this
 * application makes, are compared directly, as {@code ValueComparator} itself ends up
 * comparing them after walking its table of type priorities twice (that walk was most of
 * the CPU of adding a key while ingesting); every other pair goes to
 * {@code ValueComparator}.
 */
final class KeyValueOrder implements Comparator<Object> {

	private static final KeyValueOrder ASCENDING = new KeyValueOrder(true);

	private static final KeyValueOrder DESCENDING = new KeyValueOrder(false);

	private final boolean ascending;

	private final ValueComparator values;

	private KeyValueOrder(boolean ascending) {
		this.ascending = ascending;
		this.values = ascending ? ValueComparator.asc() : ValueComparator.desc();
	}

	static KeyValueOrder of(boolean ascending) {
		return ascending ? ASCENDING : DESCENDING;
	}

	@Override
	public int compare(Object first, Object second) {
		if (first instanceof String one && second instanceof String other) {
			return directed(one.compareTo(other));
		}
		if (first instanceof Instant one && second instanceof Instant other) {
			return directed(one.compareTo(other));
		}
		if (first instanceof ObjectId one && second instanceof ObjectId other) {
			return directed(one.compareTo(other));
		}
		return this.values.compare(first, second);
	}

	private int directed(int ascendingComparison) {
		return this.ascending ? ascendingComparison : -ascendingComparison;
	}

}
