package app.briefings.graphql.node;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Finds the objects of one GraphQL type by their stored ids, for {@code node} and
 * {@code nodes}. Each feature that has a {@code Node} type provides one.
 */
public interface NodeResolver {

	/** The GraphQL type name, as encoded in global IDs. */
	String typeName();

	/** The objects found, by stored id; ids that match nothing are absent. */
	Map<String, Object> findByIds(Collection<String> ids);

	/**
	 * A resolver over a finder that answers objects keyed by the ids asked for, which may
	 * differ from the objects' own ids (a merged entity's id answers with its survivor).
	 * Every other factory comes down to this one.
	 */
	static NodeResolver of(String typeName, Function<Collection<String>, ? extends Map<String, ?>> finder) {
		return new NodeResolver() {

			@Override
			public String typeName() {
				return typeName;
			}

			@Override
			public Map<String, Object> findByIds(Collection<String> ids) {
				return new HashMap<>(finder.apply(ids));
			}

		};
	}

	/** A resolver over a finder that loads many objects in one query. */
	static <T> NodeResolver of(String typeName, Function<Collection<String>, List<T>> finder,
			Function<T, String> idOf) {
		return of(typeName, finder, idOf, (node) -> true);
	}

	/**
	 * A resolver that returns only the objects the caller may see, so that an object
	 * hidden from the caller looks exactly like one that does not exist. The filter is
	 * asked during the caller's request and may read its security context.
	 */
	static <T> NodeResolver of(String typeName, Function<Collection<String>, List<T>> finder, Function<T, String> idOf,
			Predicate<T> visibleToCaller) {
		return of(typeName, (ids) -> visibleById(finder.apply(ids), idOf, visibleToCaller));
	}

	private static <T> Map<String, T> visibleById(List<T> nodes, Function<T, String> idOf,
			Predicate<T> visibleToCaller) {
		Map<String, T> found = new HashMap<>();
		for (T node : nodes) {
			if (visibleToCaller.test(node)) {
				found.put(idOf.apply(node), node);
			}
		}
		return found;
	}

}
