package app.briefings.graphql;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds the objects of one GraphQL type by their stored ids, for {@code node} and
 * {@code nodes}. Each feature that has a {@code Node} type provides one.
 */
public interface NodeResolver {

	/** The GraphQL type name, as encoded in global IDs. */
	String typeName();

	/** The objects found, by stored id; ids that match nothing are absent. */
	Map<String, Object> findByIds(Collection<String> ids);

	/** A resolver over a finder that loads many objects in one query. */
	static <T> NodeResolver of(String typeName, Function<Collection<String>, List<T>> finder,
			Function<T, String> idOf) {
		return new NodeResolver() {

			@Override
			public String typeName() {
				return typeName;
			}

			@Override
			public Map<String, Object> findByIds(Collection<String> ids) {
				Map<String, Object> found = new HashMap<>();
				for (T node : finder.apply(ids)) {
					found.put(idOf.apply(node), node);
				}
				return found;
			}

		};
	}

}
