package app.briefings.graphql.paging;

import org.jspecify.annotations.Nullable;

/** Relay page information for a {@link Connection}. */
public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, @Nullable String startCursor,
		@Nullable String endCursor) {

}
