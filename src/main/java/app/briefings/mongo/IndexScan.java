package app.briefings.mongo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The ranges of an {@link OrderedIndex} that hold every document a query can match, one
 * per value the query pins the first field to, and how to read them.
 *
 * @param <P> how the backend addresses a stored document
 */
final class IndexScan<P> {

	/** How the query's sort relates to the index's order. */
	enum Direction {

		/** The sort is the index's order: walk forward. */
		FORWARD,

		/** The sort is the index's order reversed: walk backward. */
		BACKWARD,

		/** No sort the index can give: read the documents in natural order. */
		NATURAL

	}

	private final List<NavigableMap<IndexEntry, P>> ranges;

	private final Direction direction;

	private final IndexOrder order;

	private final long pinnedKeys;

	/**
	 * @param pinnedKeys how many keys the index holds under the pinned first values, the
	 * ranges of the second field aside
	 */
	IndexScan(List<NavigableMap<IndexEntry, P>> ranges, Direction direction, IndexOrder order, long pinnedKeys) {
		this.ranges = ranges;
		this.direction = direction;
		this.order = order;
		this.pinnedKeys = pinnedKeys;
	}

	/**
	 * How many keys the index holds under the pinned first values, known without reading
	 * them; ranges of the second field are not taken off.
	 */
	long pinnedKeys() {
		return this.pinnedKeys;
	}

	/** Whether {@link #inSortOrder()} gives the documents in the query's sort order. */
	boolean isSorted() {
		return this.direction != Direction.NATURAL;
	}

	/** How many keys the ranges hold, counted up to {@code cap}. */
	int estimate(int cap) {
		int count = 0;
		for (NavigableMap<IndexEntry, P> range : this.ranges) {
			for (Iterator<IndexEntry> keys = range.keySet().iterator(); keys.hasNext() && count < cap; keys.next()) {
				count++;
			}
		}
		return count;
	}

	/**
	 * The documents in the query's sort order, each once, read lazily so that a page
	 * stops early.
	 */
	Iterator<P> inSortOrder() {
		boolean forward = this.direction == Direction.FORWARD;
		if (this.ranges.size() == 1) {
			NavigableMap<IndexEntry, P> range = this.ranges.get(0);
			return (forward ? range : range.descendingMap()).values().iterator();
		}
		return new MergedRanges<>(this.ranges, forward, this.order);
	}

	/** The documents in the collection's natural order, each once. */
	List<P> inNaturalOrder(Comparator<? super P> naturalOrder) {
		Set<P> positions = new LinkedHashSet<>();
		for (NavigableMap<IndexEntry, P> range : this.ranges) {
			positions.addAll(range.values());
		}
		List<P> sorted = new ArrayList<>(positions);
		sorted.sort(naturalOrder);
		return sorted;
	}

	/**
	 * Several ranges read as one in sort order: keys of different first values are
	 * compared from the second field on, and a document under several of the values is
	 * given once.
	 */
	private static final class MergedRanges<P> implements Iterator<P> {

		private final PriorityQueue<Cursor<P>> cursors;

		private final Set<P> given = new HashSet<>();

		private P next;

		MergedRanges(List<NavigableMap<IndexEntry, P>> ranges, boolean forward, IndexOrder order) {
			Comparator<IndexEntry> tailOrder = (a, b) -> order.compareFrom(1, a, b);
			Comparator<IndexEntry> walkOrder = forward ? tailOrder : tailOrder.reversed();
			this.cursors = new PriorityQueue<>(Math.max(1, ranges.size()),
					(a, b) -> walkOrder.compare(a.current.getKey(), b.current.getKey()));
			for (NavigableMap<IndexEntry, P> range : ranges) {
				Iterator<Map.Entry<IndexEntry, P>> entries = (forward ? range : range.descendingMap()).entrySet()
					.iterator();
				if (entries.hasNext()) {
					this.cursors.add(new Cursor<>(entries));
				}
			}
			this.next = advance();
		}

		private P advance() {
			while (!this.cursors.isEmpty()) {
				Cursor<P> cursor = this.cursors.poll();
				P position = cursor.current.getValue();
				if (cursor.step()) {
					this.cursors.add(cursor);
				}
				if (this.given.add(position)) {
					return position;
				}
			}
			return null;
		}

		@Override
		public boolean hasNext() {
			return this.next != null;
		}

		@Override
		public P next() {
			if (this.next == null) {
				throw new NoSuchElementException();
			}
			P position = this.next;
			this.next = advance();
			return position;
		}

	}

	private static final class Cursor<P> {

		private final Iterator<Map.Entry<IndexEntry, P>> entries;

		private Map.Entry<IndexEntry, P> current;

		Cursor(Iterator<Map.Entry<IndexEntry, P>> entries) {
			this.entries = entries;
			this.current = entries.next();
		}

		boolean step() {
			if (!this.entries.hasNext()) {
				return false;
			}
			this.current = this.entries.next();
			return true;
		}

	}

}
