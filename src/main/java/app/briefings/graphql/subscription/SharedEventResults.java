package app.briefings.graphql.subscription;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import graphql.GraphQLError;
import org.jspecify.annotations.Nullable;

/**
 * The results of subscription events, one per event and {@link ShareKey}, held for a
 * short time so that every subscriber with that key reuses the first one's result. The
 * first subscriber to claim an (event, key) pair runs the selection set; later ones wait
 * for its result. Bounded in entries and in age, the oldest leaving first; a failed
 * result leaves at once so that later subscribers run the selection set themselves.
 * Finished results are also bounded in heap, estimated from their values
 * ({@link ResultSize}), the oldest leaving first.
 * <p>
 * A claim on a result already held takes no lock: every entry is also indexed in a
 * concurrent map read first, because a burst of 1,000 subscribers reusing one result
 * queued behind this object's monitor on a busy machine. Claiming a new result, and every
 * change to what is held, still happen under the lock.
 * <p>
 * A finished result is also found by its value (the very instance every sharing
 * subscriber received), so that a transport writing the value as JSON does so once per
 * result and hands every subscriber the same text ({@link #encodedOnce}).
 */
final class SharedEventResults {

	private final int maxEntries;

	private final long maxBytes;

	private long bytes;

	private final Duration reuseFor;

	private final Clock clock;

	private final Map<EventKey, Entry> entries = new LinkedHashMap<>();

	private final Map<EventKey, Entry> held = new ConcurrentHashMap<>();

	private final Map<SameInstance, Entry> byValue = new ConcurrentHashMap<>();

	private final AtomicLong executions = new AtomicLong();

	private final AtomicLong reuses = new AtomicLong();

	private final AtomicLong heldDeliveries = new AtomicLong();

	private final AtomicLong encodings = new AtomicLong();

	private final AtomicLong encodingReuses = new AtomicLong();

	SharedEventResults(int maxEntries, long maxBytes, Duration reuseFor, Clock clock) {
		this.maxEntries = maxEntries;
		this.maxBytes = maxBytes;
		this.reuseFor = reuseFor;
		this.clock = clock;
	}

	/** Claims the result of this event for this key: to run it, or to wait for it. */
	Claim claim(Object event, ShareKey key) {
		Instant now = this.clock.instant();
		EventKey eventKey = new EventKey(event, key);
		Entry current = this.held.get(eventKey);
		if (current != null && !current.claimedAt().isBefore(now.minus(this.reuseFor))) {
			this.reuses.incrementAndGet();
			return new Claim(false, current.result());
		}
		return claimLocked(eventKey, now);
	}

	/**
	 * The result of this event for this key when it is held, finished and free of field
	 * errors, counted as a reuse; otherwise null, and the event is to be claimed.
	 */
	@Nullable SharedResult heldWithoutErrors(Object event, ShareKey key) {
		Entry current = this.held.get(new EventKey(event, key));
		if (current == null || current.claimedAt().isBefore(this.clock.instant().minus(this.reuseFor))) {
			return null;
		}
		CompletableFuture<SharedResult> result = current.result();
		if (!result.isDone() || result.isCompletedExceptionally()) {
			return null;
		}
		SharedResult shared = result.join();
		if (!shared.errors().isEmpty()) {
			return null;
		}
		this.reuses.incrementAndGet();
		this.heldDeliveries.incrementAndGet();
		return shared;
	}

	private synchronized Claim claimLocked(EventKey eventKey, Instant now) {
		dropExpired(now);
		Entry current = this.entries.get(eventKey);
		if (current != null) {
			this.reuses.incrementAndGet();
			return new Claim(false, current.result());
		}
		CompletableFuture<SharedResult> result = new CompletableFuture<>();
		Entry entry = new Entry(result, now);
		this.entries.put(eventKey, entry);
		this.held.put(eventKey, entry);
		dropBeyondMaxEntries();
		this.executions.incrementAndGet();
		result.whenComplete((shared, failure) -> finished(eventKey, entry, shared, failure));
		return new Claim(true, result);
	}

	private synchronized void finished(EventKey eventKey, Entry entry, @Nullable SharedResult shared,
			@Nullable Throwable failure) {
		if (this.entries.get(eventKey) != entry) {
			return;
		}
		if (failure != null || shared == null) {
			this.entries.remove(eventKey);
			this.held.remove(eventKey, entry);
			return;
		}
		entry.bytes = ResultSize.of(shared.value());
		this.bytes += entry.bytes;
		if (shared.value() != null) {
			entry.value = new SameInstance(shared.value());
			this.byValue.put(entry.value, entry);
		}
		Iterator<Map.Entry<EventKey, Entry>> oldestFirst = this.entries.entrySet().iterator();
		while (this.bytes > this.maxBytes && oldestFirst.hasNext()) {
			drop(oldestFirst.next(), oldestFirst);
		}
	}

	private void drop(Map.Entry<EventKey, Entry> oldest, Iterator<Map.Entry<EventKey, Entry>> iterator) {
		this.bytes -= oldest.getValue().bytes;
		this.held.remove(oldest.getKey(), oldest.getValue());
		oldest.getValue().dropped = true;
		SameInstance value = oldest.getValue().value;
		if (value != null) {
			this.byValue.remove(value, oldest.getValue());
		}
		iterator.remove();
	}

	private void dropExpired(Instant now) {
		Instant oldestKept = now.minus(this.reuseFor);
		Iterator<Map.Entry<EventKey, Entry>> oldestFirst = this.entries.entrySet().iterator();
		while (oldestFirst.hasNext()) {
			Map.Entry<EventKey, Entry> oldest = oldestFirst.next();
			if (!oldest.getValue().claimedAt().isBefore(oldestKept)) {
				return;
			}
			drop(oldest, oldestFirst);
		}
	}

	private void dropBeyondMaxEntries() {
		Iterator<Map.Entry<EventKey, Entry>> oldestFirst = this.entries.entrySet().iterator();
		while (this.entries.size() > this.maxEntries && oldestFirst.hasNext()) {
			drop(oldestFirst.next(), oldestFirst);
		}
	}

	/**
	 * The encoding of a completed value: when the value is a shared result held here, the
	 * encoder runs once for it and every later call gets the same text; any other value
	 * is encoded on every call.
	 */
	String encodedOnce(Object value, Function<Object, String> encoder) {
		Entry entry = this.byValue.get(new SameInstance(value));
		if (entry == null) {
			return encoder.apply(value);
		}
		String encoded = entry.encoded;
		if (encoded != null) {
			this.encodingReuses.incrementAndGet();
			return encoded;
		}
		synchronized (entry) {
			encoded = entry.encoded;
			if (encoded != null) {
				this.encodingReuses.incrementAndGet();
				return encoded;
			}
			encoded = encoder.apply(value);
			entry.encoded = encoded;
		}
		this.encodings.incrementAndGet();
		countEncoding(entry, encoded);
		return encoded;
	}

	private synchronized void countEncoding(Entry entry, String encoded) {
		if (entry.dropped) {
			return;
		}
		long size = 40 + 2L * encoded.length();
		entry.bytes += size;
		this.bytes += size;
	}

	/** How many shared results were encoded (once each). */
	long encodings() {
		return this.encodings.get();
	}

	/**
	 * How many times a subscriber took the encoding of a shared result made for another.
	 */
	long encodingReuses() {
		return this.encodingReuses.get();
	}

	/** How many (event, key) results were run rather than reused. */
	long executions() {
		return this.executions.get();
	}

	/**
	 * How many of the reuses took a finished result without graphql-java's per-event
	 * execution ({@link HeldResultDelivery}).
	 */
	long heldDeliveries() {
		return this.heldDeliveries.get();
	}

	/** How many times a subscriber reused a result another one ran. */
	long reuses() {
		return this.reuses.get();
	}

	synchronized int size() {
		return this.entries.size();
	}

	/** The estimated heap of the finished results held. */
	synchronized long bytes() {
		return this.bytes;
	}

	/**
	 * The result of one event's selection set for one key.
	 *
	 * @param value the subscribed field's completed value
	 * @param errors the field errors raised while completing it
	 */
	record SharedResult(@Nullable Object value, List<GraphQLError> errors) {

		SharedResult {
			errors = List.copyOf(errors);
		}

	}

	/**
	 * A subscriber's claim on a result.
	 *
	 * @param runs whether this subscriber runs the selection set and completes the result
	 * @param result the result, complete once the running subscriber is done
	 */
	record Claim(boolean runs, CompletableFuture<SharedResult> result) {

	}

	private record EventKey(Object event, ShareKey key) {

	}

	/** A value compared by identity: the instance handed to every sharing subscriber. */
	private static final class SameInstance {

		private final Object value;

		SameInstance(Object value) {
			this.value = value;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof SameInstance same && same.value == this.value;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(this.value);
		}

	}

	/** A result held, with its estimated size once it is finished. */
	private static final class Entry {

		private final CompletableFuture<SharedResult> result;

		private final Instant claimedAt;

		private long bytes;

		private @Nullable SameInstance value;

		private volatile @Nullable String encoded;

		private boolean dropped;

		Entry(CompletableFuture<SharedResult> result, Instant claimedAt) {
			this.result = result;
			this.claimedAt = claimedAt;
		}

		CompletableFuture<SharedResult> result() {
			return this.result;
		}

		Instant claimedAt() {
			return this.claimedAt;
		}

	}

}
