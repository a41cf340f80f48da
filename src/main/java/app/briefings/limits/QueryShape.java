package app.briefings.limits;

import org.jspecify.annotations.Nullable;

/**
 * What an operation asks for, measured on the validated document with fragments expanded
 * and variables applied.
 *
 * @param depth the deepest field nesting (a root field is at depth 1)
 * @param aliases how many fields carry an alias
 * @param fields how many fields are selected, once per place a fragment is spread
 * @param nodes the nodes requested through connections: each connection's page size
 * multiplied by the page sizes of the connections above it, summed
 * @param requests the page fetches those connections need: for each connection, the
 * product of the page sizes above it (1 for a connection at the top), summed
 * @param introspectionOnly whether the operation introspects, selecting only
 * {@code __schema}, {@code __type} and {@code __typename} at its root (a query of
 * {@code __typename} alone is not introspection)
 * @param introspects whether the operation selects {@code __schema} or {@code __type}
 * @param pageSizeOutOfRange the {@code first} or {@code last} argument outside 1..100, or
 * null
 * @param pageSize the out-of-range page size
 */
public record QueryShape(int depth, int aliases, int fields, long nodes, long requests, boolean introspectionOnly,
		boolean introspects, @Nullable String pageSizeOutOfRange, int pageSize) {

	/**
	 * The cost GitHub's way: one point per 100 page fetches, rounded, at least 1.
	 */
	public long cost() {
		return Math.max(1, Math.round(this.requests / 100.0));
	}

}
