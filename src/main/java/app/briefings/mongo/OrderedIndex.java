package app.briefings.mongo;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiConsumer;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.jspecify.annotations.Nullable;

/**
 * A non-unique index of the embedded server, kept in memory in key order, which
 * mongo-java-server 1.47 accepts but never builds. It answers a query that pins its first
 * field to one or a few values ({@code {officialIds: "o1"}}, {@code {status: {$in:
 * [...]}}}):
 * <ul>
 * <li>sorted by the following fields in the index's order or its exact reverse, ending
 * with {@code _id} (the feed's {@code publishedAt, _id}), by walking those keys in order,
 * so a page stops after skip plus limit matches;</li>
 * <li>otherwise by handing the documents under those keys, in the collection's natural
 * order, to the usual filter and sort.</li>
 * </ul>
 * Conditions on the second field narrow the walk to the keys in their range, and a
 * backward walk serves the reverse sort, as long as no document holds an array or a
 * document in a field after the first (see {@link #hasIrregularSortValue}). Every
 * document read is still matched against the whole query by the library, and documents
 * reach it in the order a full scan would leave them in, so answers are the same as
 * without the index. Its first field may hold an array (one key per element); the others
 * are compared whole, as the library's sort compares them. File storage saves it when it
 * closes and reads it back when it opens ({@link IndexSnapshots}), or rebuilds it from
 * the documents when no valid snapshot is there.
 *
 * @param <P> how the backend addresses a stored document
 */
final class OrderedIndex<P> extends Index<P> {

	private static final String ID = "_id";

	private final IndexOrder order;

	private volatile ConcurrentSkipListMap<IndexEntry, P> entries;

	private final AtomicLong documentsWithIrregularSortValue = new AtomicLong();

	private final AtomicLong documentsWithNestedFirstValue = new AtomicLong();

	private final Map<Object, LongAdder> keysByFirstValue = new ConcurrentHashMap<>();

	private volatile boolean awaitingFill;

	OrderedIndex(String name, List<IndexKey> keys) {
		super(name, keys, false);
		this.order = new IndexOrder(keys);
		this.entries = new ConcurrentSkipListMap<>(this.order);
	}

	/**
	 * Marks the index as about to be filled by its collection together with the others,
	 * so that the library does not fill it on its own when it is added.
	 */
	void awaitFill() {
		this.awaitingFill = true;
	}

	/** Ends {@link #awaitFill()}: the index has been filled or restored. */
	void filled() {
		this.awaitingFill = false;
	}

	/**
	 * Hands each key's values (the {@code _id} last) and position to the action, in key
	 * order.
	 */
	void forEachKey(BiConsumer<Object[], P> action) {
		this.entries.forEach((entry, position) -> action.accept(entry.values(), position));
	}

	/**
	 * Replaces the keys with these, which {@link #forEachKey} handed out in key order, in
	 * time linear in their number; false, leaving the index empty, when they are not in
	 * this index's order.
	 */
	boolean restoreSorted(List<Object[]> values, List<P> positions) {
		List<Map.Entry<IndexEntry, P>> sorted = new ArrayList<>(values.size());
		IndexEntry previous = null;
		for (int i = 0; i < values.size(); i++) {
			IndexEntry entry = IndexEntry.of(values.get(i));
			if (previous != null && this.order.compare(previous, entry) >= 0) {
				return false;
			}
			sorted.add(Map.entry(entry, positions.get(i)));
			previous = entry;
		}
		this.entries = new ConcurrentSkipListMap<>(new SortedEntries<>(sorted, this.order));
		this.keysByFirstValue.clear();
		for (Object[] key : values) {
			countKey(key[0], 1);
		}
		return true;
	}

	/** How many documents hold an array or a document in a field after the first. */
	long irregularSortValueCount() {
		return this.documentsWithIrregularSortValue.get();
	}

	/** Puts back the count {@link #irregularSortValueCount()} gave. */
	void restoreIrregularSortValueCount(long count) {
		this.documentsWithIrregularSortValue.set(count);
	}

	/**
	 * How many documents hold an array inside an array in the first field, whose inner
	 * elements get keys of their own.
	 */
	long nestedFirstValueCount() {
		return this.documentsWithNestedFirstValue.get();
	}

	/** Puts back the count {@link #nestedFirstValueCount()} gave. */
	void restoreNestedFirstValueCount(long count) {
		this.documentsWithNestedFirstValue.set(count);
	}

	/**
	 * How many documents match all of the conditions, counted from this index's keys
	 * without reading a document, or null when the keys cannot tell (see
	 * {@link KeyCount}).
	 */
	@Nullable Long countFromKeys(List<Document> conditions) {
		if (this.awaitingFill || hasIrregularSortValues() || this.documentsWithNestedFirstValue.get() > 0) {
			return null;
		}
		KeyCount count = KeyCount.of(getKeys(), conditions);
		if (count == null) {
			return null;
		}
		KeyRange second = secondFieldRange(conditions);
		List<NavigableMap<IndexEntry, P>> ranges = new ArrayList<>(count.pinned().size());
		for (Object value : count.pinned()) {
			ranges.add(slice(value, second));
		}
		return count.count(ranges);
	}

	/** A scan of this index for the query, or null when it cannot help. */
	@Nullable IndexScan<P> scan(List<Document> conditions, @Nullable Document orderBy) {
		if (this.awaitingFill) {
			return null;
		}
		List<Object> firstValues = pinnedValues(conditions, getKeys().get(0).getKey());
		if (firstValues == null) {
			return null;
		}
		IndexScan.Direction direction = directionFor(orderBy);
		if (direction == null) {
			return null;
		}
		KeyRange second = secondFieldRange(conditions);
		List<NavigableMap<IndexEntry, P>> ranges = new ArrayList<>(firstValues.size());
		for (Object value : firstValues) {
			ranges.add(slice(value, second));
		}
		return new IndexScan<>(ranges, direction, this.order, keysUnder(firstValues));
	}

	/** How many keys start with one of these values, without reading them. */
	private long keysUnder(List<Object> firstValues) {
		long keys = 0;
		for (Object value : firstValues) {
			LongAdder count = this.keysByFirstValue.get(value);
			keys += (count != null) ? count.sum() : 0;
		}
		return keys;
	}

	private void countKey(Object firstValue, int change) {
		this.keysByFirstValue.computeIfAbsent(firstValue, (value) -> new LongAdder()).add(change);
	}

	/**
	 * The values a condition pins {@code field} to, by equality, {@code $eq} or
	 * {@code $in} of strings or object ids, or null when none does.
	 */
	private static @Nullable List<Object> pinnedValues(List<Document> conditions, String field) {
		for (Document condition : conditions) {
			List<Object> values = pinnedBy(condition.get(field));
			if (condition.containsKey(field) && values != null) {
				return values;
			}
		}
		return null;
	}

	static @Nullable List<Object> pinnedBy(@Nullable Object value) {
		if (isPinnable(value)) {
			return List.of(value);
		}
		if (!(value instanceof Document operators) || operators.size() != 1) {
			return null;
		}
		if (isPinnable(operators.get("$eq"))) {
			return List.of(operators.get("$eq"));
		}
		if (operators.get("$in") instanceof List<?> candidates && allPinnable(candidates)) {
			return new ArrayList<>(new LinkedHashSet<>(candidates));
		}
		return null;
	}

	private static boolean allPinnable(List<?> values) {
		for (Object value : values) {
			if (!isPinnable(value)) {
				return false;
			}
		}
		return true;
	}

	private static boolean isPinnable(@Nullable Object value) {
		return value instanceof String || value instanceof ObjectId;
	}

	/**
	 * Which way to walk for a sort, or null when the sort cannot be served from the
	 * collection's natural order either ({@code $natural}).
	 */
	private IndexScan.@Nullable Direction directionFor(@Nullable Document orderBy) {
		if (orderBy == null || orderBy.isEmpty()) {
			return IndexScan.Direction.NATURAL;
		}
		List<IndexKey> keys = getKeys();
		if (orderBy.size() >= keys.size() || !lastKey(orderBy).equals(ID)) {
			return sortable(orderBy) ? IndexScan.Direction.NATURAL : null;
		}
		Boolean sameWay = null;
		int position = 1;
		for (Map.Entry<String, Object> sortKey : orderBy.entrySet()) {
			IndexKey key = keys.get(position++);
			if (!key.getKey().equals(sortKey.getKey()) || !(sortKey.getValue() instanceof Number direction)) {
				return sortable(orderBy) ? IndexScan.Direction.NATURAL : null;
			}
			boolean same = (direction.intValue() > 0) == key.isAscending();
			if (sameWay != null && sameWay != same) {
				return IndexScan.Direction.NATURAL;
			}
			sameWay = same;
		}
		if (Boolean.TRUE.equals(sameWay)) {
			return IndexScan.Direction.FORWARD;
		}
		return hasIrregularSortValues() ? IndexScan.Direction.NATURAL : IndexScan.Direction.BACKWARD;
	}

	private static String lastKey(Document orderBy) {
		String last = null;
		for (String key : orderBy.keySet()) {
			last = key;
		}
		return last;
	}

	private static boolean sortable(Document orderBy) {
		for (String key : orderBy.keySet()) {
			if (key.startsWith("$")) {
				return false;
			}
		}
		return true;
	}

	private boolean hasIrregularSortValues() {
		return this.documentsWithIrregularSortValue.get() > 0;
	}

	private KeyRange secondFieldRange(List<Document> conditions) {
		if (getKeys().size() < 2 || hasIrregularSortValues()) {
			return KeyRange.ALL;
		}
		return KeyRange.of(getKeys().get(1).getKey(), conditions);
	}

	/**
	 * The keys starting with {@code first} whose second value may lie in {@code range}.
	 */
	private NavigableMap<IndexEntry, P> slice(Object first, KeyRange range) {
		boolean ascending = getKeys().size() < 2 || getKeys().get(1).isAscending();
		Object start = ascending ? range.low() : range.high();
		boolean startInclusive = ascending ? range.lowInclusive() : range.highInclusive();
		Object end = ascending ? range.high() : range.low();
		boolean endInclusive = ascending ? range.highInclusive() : range.lowInclusive();
		IndexEntry from = (start == null) ? IndexEntry.before(first)
				: startInclusive ? IndexEntry.before(first, start) : IndexEntry.after(first, start);
		IndexEntry to = (end == null) ? IndexEntry.after(first)
				: endInclusive ? IndexEntry.after(first, end) : IndexEntry.before(first, end);
		if (this.order.compare(from, to) >= 0) {
			return new ConcurrentSkipListMap<>(this.order);
		}
		return this.entries.subMap(from, true, to, false);
	}

	/** This index's keys for a document: one per distinct value of its first field. */
	private Set<IndexEntry> entriesOf(Document document) {
		List<IndexKey> keys = getKeys();
		Object[] template = new Object[keys.size() + 1];
		for (int i = 1; i < keys.size(); i++) {
			template[i] = Copies.deep(Utils.getSubdocumentValueCollectionAware(document, keys.get(i).getKey()));
		}
		template[keys.size()] = Copies.deep(Missing.ofNullable(document.get(ID)));
		Set<IndexEntry> documentEntries = new LinkedHashSet<>();
		for (Object first : firstValues(document)) {
			Object[] values = template.clone();
			values[0] = first;
			documentEntries.add(IndexEntry.of(values));
		}
		return documentEntries;
	}

	private Set<Object> firstValues(Document document) {
		Object value = Utils.getSubdocumentValueCollectionAware(document, getKeys().get(0).getKey());
		Set<Object> values = new LinkedHashSet<>();
		addFlattened(value, values);
		if (values.isEmpty()) {
			values.add(Missing.getInstance());
		}
		return values;
	}

	private static void addFlattened(@Nullable Object value, Set<Object> values) {
		if (value instanceof Collection<?> elements) {
			for (Object element : elements) {
				addFlattened(element, values);
			}
			return;
		}
		values.add(Copies.deep(Missing.ofNullable(value)));
	}

	/**
	 * Whether a field after the first holds an array or a document, which the library's
	 * sort compares by a different element ascending than descending: the index's order
	 * reversed is then not the reverse sort, and ranges of the second field may miss
	 * array elements.
	 */
	private boolean hasIrregularSortValue(Document document) {
		List<IndexKey> keys = getKeys();
		for (int i = 1; i < keys.size(); i++) {
			Object value = Utils.getSubdocumentValueCollectionAware(document, keys.get(i).getKey());
			if (value instanceof Collection || value instanceof Document) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the first field holds an array within an array, whose inner elements the
	 * index keys but a query on the field does not match the same way in every case.
	 */
	private boolean hasNestedFirstValue(Document document) {
		Object value = Utils.getSubdocumentValueCollectionAware(document, getKeys().get(0).getKey());
		if (!(value instanceof Collection<?> elements)) {
			return false;
		}
		for (Object element : elements) {
			if (element instanceof Collection) {
				return true;
			}
		}
		return false;
	}

	@Override
	public @Nullable P getPosition(Document document) {
		return null;
	}

	@Override
	public void checkAdd(Document document, MongoCollection<P> collection) {
	}

	@Override
	public void add(Document document, P position, MongoCollection<P> collection) {
		for (IndexEntry entry : entriesOf(document)) {
			if (this.entries.put(entry, position) == null) {
				countKey(entry.value(0), 1);
			}
		}
		if (hasIrregularSortValue(document)) {
			this.documentsWithIrregularSortValue.incrementAndGet();
		}
		if (hasNestedFirstValue(document)) {
			this.documentsWithNestedFirstValue.incrementAndGet();
		}
	}

	@Override
	public @Nullable P remove(Document document) {
		P removed = null;
		for (IndexEntry entry : entriesOf(document)) {
			P position = this.entries.remove(entry);
			if (position != null) {
				countKey(entry.value(0), -1);
				removed = position;
			}
		}
		if (removed != null && hasIrregularSortValue(document)) {
			this.documentsWithIrregularSortValue.decrementAndGet();
		}
		if (removed != null && hasNestedFirstValue(document)) {
			this.documentsWithNestedFirstValue.decrementAndGet();
		}
		return removed;
	}

	@Override
	public boolean canHandle(Document query) {
		return false;
	}

	@Override
	public Iterable<P> getPositions(Document query) {
		throw new UnsupportedOperationException("An ordered index is read through scan()");
	}

	@Override
	public long getCount() {
		return this.entries.size();
	}

	@Override
	public boolean isEmpty() {
		return !this.awaitingFill && this.entries.isEmpty();
	}

	@Override
	public long getDataSize() {
		return getCount();
	}

	@Override
	public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
	}

	@Override
	public void updateInPlace(Document oldDocument, Document newDocument, P position, MongoCollection<P> collection) {
		remove(oldDocument);
		add(newDocument, position, collection);
	}

	/**
	 * Entries already in key order, seen as a sorted map only so that a skip list can be
	 * built from them in one pass.
	 */
	private static final class SortedEntries<P> extends AbstractMap<IndexEntry, P> implements SortedMap<IndexEntry, P> {

		private final List<Map.Entry<IndexEntry, P>> entries;

		private final IndexOrder order;

		SortedEntries(List<Map.Entry<IndexEntry, P>> entries, IndexOrder order) {
			this.entries = entries;
			this.order = order;
		}

		@Override
		public Set<Map.Entry<IndexEntry, P>> entrySet() {
			return new AbstractSet<>() {

				@Override
				public Iterator<Map.Entry<IndexEntry, P>> iterator() {
					return SortedEntries.this.entries.iterator();
				}

				@Override
				public int size() {
					return SortedEntries.this.entries.size();
				}

			};
		}

		@Override
		public Comparator<? super IndexEntry> comparator() {
			return this.order;
		}

		@Override
		public SortedMap<IndexEntry, P> subMap(IndexEntry fromKey, IndexEntry toKey) {
			throw new UnsupportedOperationException();
		}

		@Override
		public SortedMap<IndexEntry, P> headMap(IndexEntry toKey) {
			throw new UnsupportedOperationException();
		}

		@Override
		public SortedMap<IndexEntry, P> tailMap(IndexEntry fromKey) {
			throw new UnsupportedOperationException();
		}

		@Override
		public IndexEntry firstKey() {
			return this.entries.get(0).getKey();
		}

		@Override
		public IndexEntry lastKey() {
			return this.entries.get(this.entries.size() - 1).getKey();
		}

	}

	@Override
	public void drop() {
		this.entries.clear();
		this.documentsWithIrregularSortValue.set(0);
		this.documentsWithNestedFirstValue.set(0);
		this.keysByFirstValue.clear();
	}

}
