package app.briefings.mongo;

import java.util.Collection;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A quick estimate of a value's size in BSON, without encoding it: what file storage
 * tells the MVStore a stored document or key occupies.
 */
final class BsonSizes {

	private static final int SCALAR = 12;

	private BsonSizes() {
	}

	static int estimate(@Nullable Object value) {
		if (value instanceof String text) {
			return 5 + text.length();
		}
		if (value instanceof Map<?, ?> document) {
			int size = 5;
			for (Map.Entry<?, ?> entry : document.entrySet()) {
				size += 2 + String.valueOf(entry.getKey()).length() + estimate(entry.getValue());
			}
			return size;
		}
		if (value instanceof Collection<?> array) {
			int size = 5;
			for (Object element : array) {
				size += 4 + estimate(element);
			}
			return size;
		}
		return SCALAR;
	}

}
