package app.briefings.graphql.subscription;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import app.briefings.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bounds of the shared results: entries, estimated heap and age; and a failed result
 * is not handed to later subscribers.
 */
class SharedEventResultsTests {

	private static final ShareKey KEY = new ShareKey("events { id }", Map.of(), "anonymous");

	private static final ShareKey PARTNER = new ShareKey("events { id }", Map.of(), "partner acme");

	@Test
	void shouldHandTheFirstClaimTheRunAndLaterOnesTheResult() {
		SharedEventResults results = results(10, 1_000_000, Clock.systemUTC());
		SharedEventResults.Claim first = results.claim("event", KEY);
		SharedEventResults.Claim second = results.claim("event", KEY);
		SharedEventResults.Claim otherRights = results.claim("event", PARTNER);
		assertThat(first.runs()).isTrue();
		assertThat(second.runs()).isFalse();
		assertThat(second.result()).isSameAs(first.result());
		assertThat(otherRights.runs()).isTrue();
	}

	@Test
	void shouldHandAHeldResultToAClaimWhileAnotherThreadHoldsTheLock() throws Exception {
		SharedEventResults results = results(10, 1_000_000, Clock.systemUTC());
		SharedEventResults.Claim first = results.claim("event", KEY);
		SharedEventResults.Claim reused;
		synchronized (results) {
			reused = CompletableFuture.supplyAsync(() -> results.claim("event", KEY)).get(10, TimeUnit.SECONDS);
		}
		assertThat(reused.runs()).isFalse();
		assertThat(reused.result()).isSameAs(first.result());
	}

	@Test
	void shouldKeepAtMostTheMaximumNumberOfEntries() {
		SharedEventResults results = results(2, 1_000_000, Clock.systemUTC());
		results.claim("one", KEY);
		results.claim("two", KEY);
		results.claim("three", KEY);
		assertThat(results.size()).isEqualTo(2);
		assertThat(results.claim("one", KEY).runs()).isTrue();
		assertThat(results.claim("three", KEY).runs()).isFalse();
	}

	@Test
	void shouldDropTheOldestFinishedResultsBeyondTheMaximumSize() {
		SharedEventResults results = results(100, 10_000, Clock.systemUTC());
		String body = "x".repeat(3_000);
		finish(results.claim("one", KEY), Map.of("body", body));
		finish(results.claim("two", KEY), Map.of("body", body));
		assertThat(results.size()).isEqualTo(1);
		assertThat(results.bytes()).isBetween(6_000L, 10_000L);
		assertThat(results.claim("two", KEY).runs()).isFalse();
		assertThat(results.claim("one", KEY).runs()).isTrue();
	}

	@Test
	void shouldNotReuseAResultPastItsAge() {
		MutableClock clock = new MutableClock(Instant.parse("2026-12-07T02:00:00Z"));
		SharedEventResults results = results(100, 1_000_000, clock);
		finish(results.claim("event", KEY), Map.of("id", "a"));
		clock.advance(Duration.ofSeconds(59));
		assertThat(results.claim("event", KEY).runs()).isFalse();
		clock.advance(Duration.ofSeconds(2));
		assertThat(results.claim("event", KEY).runs()).isTrue();
	}

	@Test
	void shouldLetTheNextSubscriberRunAnEventWhoseRunFailed() {
		SharedEventResults results = results(100, 1_000_000, Clock.systemUTC());
		results.claim("event", KEY).result().completeExceptionally(new IllegalStateException("cancelled"));
		assertThat(results.claim("event", KEY).runs()).isTrue();
	}

	@Test
	void shouldEncodeASharedResultOnceForEverySubscriberThatReusesIt() {
		SharedEventResults results = results(100, 1_000_000, Clock.systemUTC());
		Map<String, Object> value = Map.of("id", "a");
		finish(results.claim("event", KEY), value);
		AtomicInteger encoded = new AtomicInteger();
		List<String> texts = new ArrayList<>();
		for (int subscriber = 0; subscriber < 10; subscriber++) {
			texts.add(results.encodedOnce(value, (shared) -> "{\"id\":\"a\"}#" + encoded.incrementAndGet()));
		}
		assertThat(encoded).hasValue(1);
		assertThat(texts).containsOnly("{\"id\":\"a\"}#1");
		assertThat(results.encodings()).isEqualTo(1);
		assertThat(results.encodingReuses()).isEqualTo(9);
	}

	@Test
	void shouldEncodeAValueThatIsNotAHeldResultOnEveryCall() {
		SharedEventResults results = results(100, 1_000_000, Clock.systemUTC());
		finish(results.claim("event", KEY), new HashMap<>(Map.of("id", "a")));
		Map<String, Object> equalButNotShared = new HashMap<>(Map.of("id", "a"));
		AtomicInteger encoded = new AtomicInteger();
		results.encodedOnce(equalButNotShared, (value) -> "#" + encoded.incrementAndGet());
		results.encodedOnce(equalButNotShared, (value) -> "#" + encoded.incrementAndGet());
		assertThat(encoded).hasValue(2);
		assertThat(results.encodings()).isZero();
	}

	@Test
	void shouldForgetTheEncodingOfAResultThatLeft() {
		SharedEventResults results = results(1, 1_000_000, Clock.systemUTC());
		Map<String, Object> first = Map.of("id", "a");
		finish(results.claim("one", KEY), first);
		results.encodedOnce(first, (value) -> "a");
		finish(results.claim("two", KEY), Map.of("id", "b"));
		AtomicInteger encoded = new AtomicInteger();
		results.encodedOnce(first, (value) -> "#" + encoded.incrementAndGet());
		results.encodedOnce(first, (value) -> "#" + encoded.incrementAndGet());
		assertThat(encoded).hasValue(2);
	}

	@Test
	void shouldCountAnEncodingInTheHeapOfItsResult() {
		SharedEventResults results = results(100, 1_000_000, Clock.systemUTC());
		Map<String, Object> value = Map.of("id", "a");
		finish(results.claim("event", KEY), value);
		long before = results.bytes();
		results.encodedOnce(value, (shared) -> "x".repeat(1_000));
		assertThat(results.bytes()).isGreaterThanOrEqualTo(before + 2_000);
	}

	private static void finish(SharedEventResults.Claim claim, Object value) {
		claim.result().complete(new SharedEventResults.SharedResult(value, List.of()));
	}

	private static SharedEventResults results(int maxEntries, long maxBytes, Clock clock) {
		return new SharedEventResults(maxEntries, maxBytes, Duration.ofSeconds(60), clock);
	}

}
