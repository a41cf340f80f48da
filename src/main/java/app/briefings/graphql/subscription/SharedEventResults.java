package app.briefings.graphql.subscription;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import graphql.GraphQLError;
import org.jspecify.annotations.Nullable;

/**
 * The results of subscription events, one per event and {@link ShareKey}, held for a
 * short time so that every subscriber with that key reuses the first one's result. The
 * first subscriber to claim an (event, key) pair runs the selection set; later ones wait
 * for its result. Bounded in entries and in age, the oldest leaving first; a failed
 * result leaves at once so that later subscribers run the selection set themselves.
 */
final class SharedEventResults {

	private final int maxEntries;

	private final Duration reuseFor;

	private final Clock clock;

	private final Map<EventKey, Entry> entries = new LinkedHashMap<>();

	private final AtomicLong executions = new AtomicLong();

	private final AtomicLong reuses = new AtomicLong();

	SharedEventResults(int maxEntries, Duration reuseFor, Clock clock) {
		this.maxEntries = maxEntries;
		this.reuseFor = reuseFor;
		this.clock = clock;
	}

	/** Claims the result of this event for this key: to run it, or to wait for it. */
	synchronized Claim claim(Object event, ShareKey key) {
		Instant now = this.clock.instant();
		dropExpired(now);
		EventKey eventKey = new EventKey(event, key);
		Entry entry = this.entries.get(eventKey);
		if (entry != null) {
			this.reuses.incrementAndGet();
			return new Claim(false, entry.result());
		}
		CompletableFuture<SharedResult> result = new CompletableFuture<>();
		this.entries.put(eventKey, new Entry(result, now));
		dropBeyondMaxEntries();
		this.executions.incrementAndGet();
		result.whenComplete((shared, failure) -> {
			if (failure != null) {
				forget(eventKey, result);
			}
		});
		return new Claim(true, result);
	}

	private synchronized void forget(EventKey eventKey, CompletableFuture<SharedResult> result) {
		Entry entry = this.entries.get(eventKey);
		if (entry != null && entry.result() == result) {
			this.entries.remove(eventKey);
		}
	}

	private void dropExpired(Instant now) {
		Instant oldestKept = now.minus(this.reuseFor);
		Iterator<Entry> oldestFirst = this.entries.values().iterator();
		while (oldestFirst.hasNext() && oldestFirst.next().claimedAt().isBefore(oldestKept)) {
			oldestFirst.remove();
		}
	}

	private void dropBeyondMaxEntries() {
		Iterator<Entry> oldestFirst = this.entries.values().iterator();
		while (this.entries.size() > this.maxEntries && oldestFirst.hasNext()) {
			oldestFirst.next();
			oldestFirst.remove();
		}
	}

	/** How many (event, key) results were run rather than reused. */
	long executions() {
		return this.executions.get();
	}

	/** How many times a subscriber reused a result another one ran. */
	long reuses() {
		return this.reuses.get();
	}

	synchronized int size() {
		return this.entries.size();
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

	private record Entry(CompletableFuture<SharedResult> result, Instant claimedAt) {

	}

}
