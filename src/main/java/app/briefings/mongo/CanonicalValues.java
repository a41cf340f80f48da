package app.briefings.mongo;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Hands out one instance for equal strings and instants read from the index snapshots of
 * a collection. Every ordered index of {@code briefings} repeats the document's id and
 * most repeat its publication time, and the snapshots hold official and organization ids
 * over and over; read back one by one, the 400,000 keys of 50,000 briefings held 1.6
 * million strings, most of them equal to another one.
 */
final class CanonicalValues {

	private final Map<Object, Object> values = new HashMap<>();

	/** The instance kept for a value equal to this one, or this one, kept from now on. */
	@Nullable Object canonical(@Nullable Object value) {
		if (!(value instanceof String) && !(value instanceof Instant)) {
			return value;
		}
		Object kept = this.values.putIfAbsent(value, value);
		return (kept != null) ? kept : value;
	}

}
