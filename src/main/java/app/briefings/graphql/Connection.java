package app.briefings.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A Relay connection page, shaped as the {@code *Connection} types of the schema.
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo) {

	/**
	 * Builds a forward page from up to {@code first + 1} items fetched after
	 * {@code after}: the extra item only tells that a next page exists.
	 */
	public static <T> Connection<T> forward(List<T> fetched, PageRequest page, Function<T, String> cursorOf) {
		boolean hasNextPage = fetched.size() > page.first();
		List<T> nodes = hasNextPage ? fetched.subList(0, page.first()) : fetched;
		List<Edge<T>> edges = new ArrayList<>(nodes.size());
		for (T node : nodes) {
			edges.add(new Edge<>(cursorOf.apply(node), node));
		}
		String startCursor = edges.isEmpty() ? null : edges.get(0).cursor();
		String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
		return new Connection<>(List.copyOf(edges),
				new PageInfo(hasNextPage, page.after() != null, startCursor, endCursor));
	}

}
