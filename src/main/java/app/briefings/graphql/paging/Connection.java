package app.briefings.graphql.paging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * A Relay connection page, shaped as the {@code *Connection} types of the schema. Its
 * {@code totalCount} is computed only when selected, see {@link TotalCountWiring}.
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, TotalCount totalCount) {

	/**
	 * Builds a page from up to {@link PageRequest#fetchSize()} items fetched in paging
	 * order: in the connection's order after {@code after} when paging forward, in
	 * reverse order before {@code before} when paging backward. The extra item only tells
	 * that more exist; the edges are always in the connection's order.
	 */
	public static <T> Connection<T> of(List<T> fetched, PageRequest page, Function<T, String> cursorOf,
			TotalCount totalCount) {
		boolean hasMore = fetched.size() > page.size();
		List<T> nodes = new ArrayList<>(hasMore ? fetched.subList(0, page.size()) : fetched);
		if (page.isBackward()) {
			Collections.reverse(nodes);
		}
		List<Edge<T>> edges = new ArrayList<>(nodes.size());
		for (T node : nodes) {
			edges.add(new Edge<>(cursorOf.apply(node), node));
		}
		return new Connection<>(List.copyOf(edges), pageInfo(edges, page, hasMore), totalCount);
	}

	private static PageInfo pageInfo(List<? extends Edge<?>> edges, PageRequest page, boolean hasMore) {
		String startCursor = edges.isEmpty() ? null : edges.get(0).cursor();
		String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
		if (page.isBackward()) {
			return new PageInfo(page.before() != null, hasMore, startCursor, endCursor);
		}
		return new PageInfo(hasMore, page.after() != null, startCursor, endCursor);
	}

}
