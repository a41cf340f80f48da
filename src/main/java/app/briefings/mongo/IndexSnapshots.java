package app.briefings.mongo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import de.bwaldvogel.mongo.backend.IndexKey;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ordered indexes of file storage, saved in the MVStore next to the data when the
 * store closes and read back when it opens, so that opening a large file does not
 * deserialize every document to rebuild them.
 * <p>
 * A snapshot is used only when its stamp matches: the format, the index's fields and the
 * collection's document count. The first write after opening removes every stamp, in the
 * same MVStore commit as the write (commits are atomic across the maps of one store), so
 * a process killed before closing leaves no stamp that the data has moved past, and the
 * next opening rebuilds from the documents instead.
 */
final class IndexSnapshots {

	static final int FORMAT = 3;

	private static final String STAMPS = "app.orderedIndexes.stamps";

	private static final String CLOSED_CLEANLY = "closed cleanly";

	private static final String ENTRIES_PREFIX = "app.orderedIndexes.entries.";

	private static final int KEYS_PER_CHUNK = 4096;

	private static final Logger logger = LoggerFactory.getLogger(IndexSnapshots.class);

	private final MVStore store;

	private final MVMap<String, String> stamps;

	private final Map<String, Source> sources = new ConcurrentHashMap<>();

	private final AtomicBoolean changedSinceOpening = new AtomicBoolean();

	private final AtomicInteger restored = new AtomicInteger();

	private final boolean closedCleanlyBefore;

	private final AtomicInteger rebuilt = new AtomicInteger();

	IndexSnapshots(MVStore store) {
		this.store = store;
		this.stamps = store.openMap(STAMPS);
		this.closedCleanlyBefore = this.stamps.containsKey(CLOSED_CLEANLY);
	}

	/**
	 * Whether the store was closed by {@link #saveAll()} after its last write, as its
	 * stamps show when it is opened.
	 */
	boolean closedCleanlyBefore() {
		return this.closedCleanlyBefore;
	}

	/** Saves the ordered indexes of a collection when the store closes. */
	void register(String namespace, Source source) {
		this.sources.put(namespace, source);
	}

	/** Stops saving a dropped collection's indexes. */
	void forget(String namespace) {
		this.sources.remove(namespace);
	}

	/**
	 * Fills the index from its snapshot if there is one for this many documents; whether
	 * it did. A snapshot that cannot be read leaves the index empty. Equal strings and
	 * instants of the keys share the instance {@code shared} hands out, so the indexes of
	 * one collection restored with the same {@code shared} hold each id once.
	 */
	boolean restore(String namespace, OrderedIndex<Object> index, long documents, CanonicalValues shared) {
		Stamp stamp = Stamp.parse(this.stamps.get(stampKey(namespace, index)));
		if (stamp == null || stamp.format() != FORMAT || stamp.documents() != documents
				|| !stamp.fields().equals(fieldsOf(index))) {
			return false;
		}
		MVMap<Integer, byte[]> chunks = this.store.openMap(entriesMap(namespace, index));
		List<Object[]> values = new ArrayList<>();
		List<Object> positions = new ArrayList<>();
		try {
			for (byte[] chunk : chunks.values()) {
				readChunk(chunk, values, positions, shared);
			}
		}
		catch (IOException | ClassNotFoundException | RuntimeException ex) {
			logger.warn("Could not read the saved index {} of {}; rebuilding it", index.getName(), namespace, ex);
			return false;
		}
		if (values.size() != stamp.keys() || !index.restoreSorted(values, positions)) {
			index.drop();
			return false;
		}
		index.restoreIrregularSortValueCount(stamp.irregular());
		index.restoreNestedFirstValueCount(stamp.nested());
		this.restored.incrementAndGet();
		return true;
	}

	/** Counts an index that had to be rebuilt from the documents, which must be saved. */
	void rebuilt() {
		this.rebuilt.incrementAndGet();
		this.changedSinceOpening.set(true);
	}

	/**
	 * Removes every stamp before the first write since opening; call it before the write,
	 * so that both land in the same commit.
	 */
	void beforeWrite() {
		if (this.changedSinceOpening.compareAndSet(false, true)) {
			this.stamps.clear();
		}
	}

	/**
	 * Writes every registered collection's ordered indexes and their stamps, and marks
	 * the store closed cleanly, unless nothing changed since they were read; the caller
	 * commits and closes. Each index is committed with its stamp as soon as it is
	 * written, so that no more than one index's snapshot waits in memory for the commit
	 * (all of them at once ran a 512 MB process out of heap at 50,000 briefings); a stop
	 * in between leaves stamps that match their data and no {@code closed cleanly} mark.
	 */
	void saveAll() {
		if (!this.changedSinceOpening.get() && this.stamps.containsKey(CLOSED_CLEANLY)) {
			return;
		}
		this.stamps.clear();
		Set<String> written = new HashSet<>();
		this.sources.forEach((namespace, source) -> {
			long documents = source.documentCount();
			for (OrderedIndex<Object> index : source.orderedIndexes()) {
				written.add(save(namespace, index, documents));
				this.store.commit();
			}
		});
		for (String name : new ArrayList<>(this.store.getMapNames())) {
			if (name.startsWith(ENTRIES_PREFIX) && !written.contains(name)) {
				this.store.removeMap(name);
			}
		}
		this.stamps.put(CLOSED_CLEANLY, Boolean.TRUE.toString());
		this.changedSinceOpening.set(false);
	}

	private String save(String namespace, OrderedIndex<Object> index, long documents) {
		String name = entriesMap(namespace, index);
		MVMap<Integer, byte[]> chunks = this.store.openMap(name);
		chunks.clear();
		ChunkWriter writer = new ChunkWriter(chunks);
		index.forEachKey(writer::add);
		writer.flush();
		Stamp stamp = new Stamp(FORMAT, documents, writer.keys, index.irregularSortValueCount(),
				index.nestedFirstValueCount(), fieldsOf(index));
		this.stamps.put(stampKey(namespace, index), stamp.toString());
		return name;
	}

	/** Indexes read back from a snapshot since this store was opened. */
	int restoredCount() {
		return this.restored.get();
	}

	/** Indexes rebuilt from the documents since this store was opened. */
	int rebuiltCount() {
		return this.rebuilt.get();
	}

	private static void readChunk(byte[] chunk, List<Object[]> values, List<Object> positions, CanonicalValues shared)
			throws IOException, ClassNotFoundException {
		DataInputStream input = new DataInputStream(new ByteArrayInputStream(chunk));
		int count = input.readInt();
		for (int i = 0; i < count; i++) {
			Object[] key = new Object[input.readUnsignedByte()];
			for (int k = 0; k < key.length; k++) {
				key[k] = shared.canonical(SnapshotCodec.read(input));
			}
			values.add(key);
			positions.add(shared.canonical(SnapshotCodec.read(input)));
		}
	}

	private static String stampKey(String namespace, OrderedIndex<Object> index) {
		return namespace + "/" + index.getName();
	}

	private static String entriesMap(String namespace, OrderedIndex<Object> index) {
		return ENTRIES_PREFIX + stampKey(namespace, index);
	}

	private static String fieldsOf(OrderedIndex<Object> index) {
		StringBuilder fields = new StringBuilder();
		for (IndexKey key : index.getKeys()) {
			fields.append(key.getKey()).append(key.isAscending() ? ":1," : ":-1,");
		}
		return fields.toString();
	}

	/** A collection whose ordered indexes are saved. */
	interface Source {

		long documentCount();

		List<OrderedIndex<Object>> orderedIndexes();

	}

	/**
	 * What a snapshot was saved from: the format, the collection's document count, the
	 * keys written, the counts of irregular sort values and of nested first values, and
	 * the index's fields.
	 */
	private record Stamp(int format, long documents, long keys, long irregular, long nested, String fields) {

		static Stamp parse(String stamp) {
			if (stamp == null) {
				return null;
			}
			String[] parts = stamp.split(" ", 6);
			if (parts.length != 6) {
				return null;
			}
			try {
				return new Stamp(Integer.parseInt(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2]),
						Long.parseLong(parts[3]), Long.parseLong(parts[4]), parts[5]);
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}

		@Override
		public String toString() {
			return this.format + " " + this.documents + " " + this.keys + " " + this.irregular + " " + this.nested + " "
					+ this.fields;
		}

	}

	/** Writes keys in chunks of {@link #KEYS_PER_CHUNK}, numbered in key order. */
	private static final class ChunkWriter {

		private final MVMap<Integer, byte[]> chunks;

		private final List<Object[]> pending = new ArrayList<>(KEYS_PER_CHUNK);

		private final List<Object> positions = new ArrayList<>(KEYS_PER_CHUNK);

		private long keys;

		ChunkWriter(MVMap<Integer, byte[]> chunks) {
			this.chunks = chunks;
		}

		void add(Object[] values, Object position) {
			this.pending.add(values);
			this.positions.add(position);
			this.keys++;
			if (this.pending.size() == KEYS_PER_CHUNK) {
				flush();
			}
		}

		void flush() {
			if (this.pending.isEmpty()) {
				return;
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			try (DataOutputStream output = new DataOutputStream(bytes)) {
				output.writeInt(this.pending.size());
				for (int i = 0; i < this.pending.size(); i++) {
					Object[] key = this.pending.get(i);
					output.writeByte(key.length);
					for (Object value : key) {
						SnapshotCodec.write(output, value);
					}
					SnapshotCodec.write(output, this.positions.get(i));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			this.chunks.put(this.chunks.size(), bytes.toByteArray());
			this.pending.clear();
			this.positions.clear();
		}

	}

}
