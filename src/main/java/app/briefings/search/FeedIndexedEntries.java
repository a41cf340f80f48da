package app.briefings.search;

import java.util.Map;
import java.util.TreeMap;

import app.briefings.sync.LoggedEntries;

import org.springframework.stereotype.Component;

/**
 * The change-log entries whose changes the change feed has indexed in this process, as
 * ranges of sequence numbers. The closing catch-up asks it whether every entry since the
 * index's stored position is among them; if so, it has nothing to read again and only
 * moves the position. Only entries the feed announced with their sequence numbers and
 * indexed without an error are held, so an entry it cannot vouch for is always read
 * again. At most {@value #MOST_RANGES} separate ranges are held (the bulk import's
 * batches join into one); past that, it holds nothing more and vouches for nothing.
 */
@Component
class FeedIndexedEntries {

	static final int MOST_RANGES = 1_000;

	private final TreeMap<Long, Long> ranges = new TreeMap<>();

	private boolean overflowed;

	/** Holds that the changes of these entries are in the index. */
	synchronized void indexed(LoggedEntries entries) {
		if (entries.isEmpty() || this.overflowed) {
			return;
		}
		long first = entries.first();
		long last = entries.last();
		Map.Entry<Long, Long> before = this.ranges.floorEntry(first);
		if (before != null && before.getValue() >= first - 1) {
			first = before.getKey();
			last = Math.max(last, before.getValue());
			this.ranges.remove(before.getKey());
		}
		Map.Entry<Long, Long> after = this.ranges.ceilingEntry(first);
		while (after != null && after.getKey() <= last + 1) {
			last = Math.max(last, after.getValue());
			this.ranges.remove(after.getKey());
			after = this.ranges.ceilingEntry(first);
		}
		this.ranges.put(first, last);
		if (this.ranges.size() > MOST_RANGES) {
			this.ranges.clear();
			this.overflowed = true;
		}
	}

	/** Whether every entry after {@code after} up to {@code through} is in the index. */
	synchronized boolean holdsAll(long after, long through) {
		if (through <= after) {
			return true;
		}
		Map.Entry<Long, Long> range = this.ranges.floorEntry(after + 1);
		return range != null && range.getValue() >= through;
	}

}
