package app.briefings.graphql.subscription;

import java.util.Collection;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The estimated heap of a completed GraphQL value (maps, lists, strings and scalars),
 * erring high: 48 bytes per map entry or list element besides what it holds, strings at
 * two bytes a character.
 */
final class ResultSize {

	private static final long ENTRY = 48;

	private static final long SCALAR = 24;

	private ResultSize() {
	}

	static long of(@Nullable Object value) {
		if (value instanceof Map<?, ?> map) {
			return mapSize(map);
		}
		if (value instanceof Collection<?> list) {
			return listSize(list);
		}
		if (value instanceof CharSequence text) {
			return SCALAR + 2L * text.length();
		}
		return SCALAR;
	}

	private static long mapSize(Map<?, ?> map) {
		long size = ENTRY;
		for (Map.Entry<?, ?> entry : map.entrySet()) {
			size += ENTRY + of(entry.getKey()) + of(entry.getValue());
		}
		return size;
	}

	private static long listSize(Collection<?> list) {
		long size = ENTRY;
		for (Object element : list) {
			size += ENTRY + of(element);
		}
		return size;
	}

}
