package app.briefings.mongo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import de.bwaldvogel.mongo.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * Deep copies of values an index keeps: the backends change stored documents in place, so
 * a key holding one of their arrays or sub-documents would change behind the index's
 * back.
 */
final class Copies {

	private Copies() {
	}

	static @Nullable Object deep(@Nullable Object value) {
		if (value instanceof Document document) {
			return document.cloneDeeply();
		}
		if (value instanceof Collection<?> elements) {
			List<Object> copy = new ArrayList<>(elements.size());
			for (Object element : elements) {
				copy.add(deep(element));
			}
			return copy;
		}
		return value;
	}

}
