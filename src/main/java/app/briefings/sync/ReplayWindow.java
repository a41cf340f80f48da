package app.briefings.sync;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import app.briefings.briefing.Briefing;
import org.jspecify.annotations.Nullable;

/**
 * The latest stretch of the change log, held in memory by the live tail together with the
 * briefings its entries name, so that subscribers resuming from a token inside it replay
 * without reading MongoDB. It holds every entry after {@code from} up to {@code through},
 * with no hole; past its bound in entries or in bytes the oldest entries leave first.
 * Each briefing is held once, as last read, however many entries name it. Not
 * thread-safe: the tail uses it under its own lock.
 */
final class ReplayWindow {

	private final int maxEntries;

	private final long maxBytes;

	private final ArrayDeque<ChangeEntry> entries = new ArrayDeque<>();

	private final Map<String, HeldBriefing> briefings = new HashMap<>();

	private long from;

	private long through;

	private long bytes;

	ReplayWindow(int maxEntries, long maxBytes) {
		this.maxEntries = maxEntries;
		this.maxBytes = maxBytes;
	}

	/**
	 * The sequence number of the last entry held, or where the window starts when empty.
	 */
	long through() {
		return this.through;
	}

	/**
	 * Whether the window holds every entry after this token, so it replays alone; never
	 * for a token older than the log keeps.
	 */
	boolean covers(long after) {
		return after >= this.from && after <= this.through;
	}

	/**
	 * Whether the entries after this token would fit within the bound in entries, so the
	 * window may be extended back to it.
	 */
	boolean couldReach(long after) {
		return after <= this.through && this.through - after <= this.maxEntries;
	}

	/** How many entries it holds at most. */
	int maxEntries() {
		return this.maxEntries;
	}

	/** The sequence number after which the window holds every entry. */
	long from() {
		return this.from;
	}

	/** How many entries it holds. */
	int size() {
		return this.entries.size();
	}

	/** The estimated heap the entries and briefings take. */
	long bytes() {
		return this.bytes;
	}

	/** Forgets everything and starts again, empty, at this sequence number. */
	void restartAt(long position) {
		this.entries.clear();
		this.briefings.clear();
		this.bytes = 0;
		this.from = position;
		this.through = position;
	}

	/**
	 * Adds entries read after {@link #through()}, up to {@code readThrough}, with their
	 * briefings as just read.
	 */
	void append(List<ChangeEntry> read, Map<String, Briefing> stored, long readThrough) {
		for (ChangeEntry entry : read) {
			this.entries.addLast(entry);
			hold(entry.briefingId(), stored.get(entry.briefingId()));
		}
		this.through = Math.max(this.through, readThrough);
		trim();
	}

	/**
	 * Adds entries read after {@code after} that come before the oldest held, with their
	 * briefings as just read; they must reach the oldest held entry without a hole.
	 */
	void prepend(List<ChangeEntry> older, Map<String, Briefing> stored, long after) {
		for (int index = older.size() - 1; index >= 0; index--) {
			ChangeEntry entry = older.get(index);
			this.entries.addFirst(entry);
			hold(entry.briefingId(), stored.get(entry.briefingId()));
		}
		this.from = Math.min(this.from, after);
		trim();
	}

	/** Drops entries at or below this sequence number: the log no longer keeps them. */
	void forgetThrough(long prunedThrough) {
		while (!this.entries.isEmpty() && this.entries.peekFirst().sequence() <= prunedThrough) {
			evictOldest();
		}
		this.from = Math.max(this.from, prunedThrough);
	}

	/** The entries after this token, which {@link #covers(long)} must hold. */
	Replay after(long token) {
		List<ChangeEntry> newer = new ArrayList<>();
		Iterator<ChangeEntry> newestFirst = this.entries.descendingIterator();
		while (newestFirst.hasNext()) {
			ChangeEntry entry = newestFirst.next();
			if (entry.sequence() <= token) {
				break;
			}
			newer.add(entry);
		}
		Collections.reverse(newer);
		Map<String, Briefing> named = new HashMap<>();
		for (ChangeEntry entry : newer) {
			HeldBriefing held = this.briefings.get(entry.briefingId());
			if (held != null && held.briefing() != null) {
				named.put(entry.briefingId(), held.briefing());
			}
		}
		return new Replay(List.copyOf(newer), named, this.through);
	}

	private void hold(String briefingId, @Nullable Briefing briefing) {
		HeldBriefing previous = this.briefings.get(briefingId);
		int references = (previous != null) ? previous.references() + 1 : 1;
		@Nullable Briefing kept = (briefing != null) ? briefing : ((previous != null) ? previous.briefing() : null);
		long size = EstimatedSize.of(kept);
		this.bytes += EstimatedSize.ENTRY + size - ((previous != null) ? previous.bytes() : 0);
		this.briefings.put(briefingId, new HeldBriefing(kept, size, references));
	}

	private void trim() {
		while (!this.entries.isEmpty() && (this.entries.size() > this.maxEntries || this.bytes > this.maxBytes)) {
			evictOldest();
		}
	}

	private void evictOldest() {
		ChangeEntry oldest = this.entries.removeFirst();
		this.from = oldest.sequence();
		this.bytes -= EstimatedSize.ENTRY;
		HeldBriefing held = this.briefings.get(oldest.briefingId());
		if (held == null) {
			return;
		}
		if (held.references() == 1) {
			this.briefings.remove(oldest.briefingId());
			this.bytes -= held.bytes();
			return;
		}
		this.briefings.put(oldest.briefingId(), new HeldBriefing(held.briefing(), held.bytes(), held.references() - 1));
	}

	/**
	 * A briefing held for the entries that name it.
	 *
	 * @param briefing null when it was not found (deleted)
	 * @param references how many held entries name it
	 */
	private record HeldBriefing(@Nullable Briefing briefing, long bytes, int references) {

	}

	/**
	 * What a resumer replays from the window.
	 *
	 * @param entries the entries after its token, oldest first
	 * @param briefings the briefings they name, as last read
	 * @param through the last sequence number the window held: live entries after it
	 * follow
	 */
	record Replay(List<ChangeEntry> entries, Map<String, Briefing> briefings, long through) {

	}

}
