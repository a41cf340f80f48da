package app.briefings.graphql.paging;

import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;

import graphql.schema.DataFetchingEnvironment;

/**
 * How a {@link Connection} counts all its items, run only when a client selects
 * {@code totalCount}: directly, or through a data loader that counts for many connections
 * at once.
 */
@FunctionalInterface
public interface TotalCount {

	CompletableFuture<Integer> count(DataFetchingEnvironment environment);

	/** A count computed by one query when asked for. */
	static TotalCount of(LongSupplier counter) {
		return (environment) -> CompletableFuture.completedFuture(Math.toIntExact(counter.getAsLong()));
	}

}
