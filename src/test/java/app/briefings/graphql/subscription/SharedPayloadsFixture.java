package app.briefings.graphql.subscription;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Shared payloads for tests outside this package: one holding a finished shared result
 * for a value, or one holding nothing.
 */
public final class SharedPayloadsFixture {

	private SharedPayloadsFixture() {
	}

	/** Shared payloads that hold the given value as the finished result of one event. */
	public static SharedPayloads sharing(Object value) {
		SharedEventResults results = new SharedEventResults(100, 1_000_000, Duration.ofSeconds(60), Clock.systemUTC());
		ShareKey key = new ShareKey("briefingChanged { cursor }", java.util.Map.of(), "anonymous");
		results.claim("event", key).result().complete(new SharedEventResults.SharedResult(value, List.of()));
		return new SharedPayloads(results);
	}

	/** Shared payloads that hold no result. */
	public static SharedPayloads none() {
		return new SharedPayloads(new SharedEventResults(100, 1_000_000, Duration.ofSeconds(60), Clock.systemUTC()));
	}

}
