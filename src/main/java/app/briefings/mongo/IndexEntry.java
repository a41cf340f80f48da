package app.briefings.mongo;

import java.util.Arrays;

/**
 * A key of an {@link OrderedIndex}: one value per indexed field and the document's
 * {@code _id} last, which makes every key unique. A probe holds fewer values and stands
 * just before ({@code tie} -1) or just after ({@code tie} +1) every key that starts with
 * them, so a range of keys can be cut out of the index without knowing its first and last
 * key.
 */
final class IndexEntry {

	private final Object[] values;

	private final int tie;

	private IndexEntry(Object[] values, int tie) {
		this.values = values;
		this.tie = tie;
	}

	static IndexEntry of(Object... values) {
		return new IndexEntry(values, 0);
	}

	static IndexEntry before(Object... prefix) {
		return new IndexEntry(prefix, -1);
	}

	static IndexEntry after(Object... prefix) {
		return new IndexEntry(prefix, 1);
	}

	/** The values themselves, not a copy: for writing a snapshot only. */
	Object[] values() {
		return this.values;
	}

	int size() {
		return this.values.length;
	}

	Object value(int index) {
		return this.values[index];
	}

	int tie() {
		return this.tie;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof IndexEntry entry && this.tie == entry.tie && Arrays.equals(this.values, entry.values);
	}

	@Override
	public int hashCode() {
		return 31 * Arrays.hashCode(this.values) + this.tie;
	}

	@Override
	public String toString() {
		return Arrays.toString(this.values) + ((this.tie != 0) ? " tie " + this.tie : "");
	}

}
