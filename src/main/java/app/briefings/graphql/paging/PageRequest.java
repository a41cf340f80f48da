package app.briefings.graphql.paging;

import java.util.Map;

import app.briefings.graphql.error.ApiException;
import app.briefings.graphql.error.ErrorCode;

import org.jspecify.annotations.Nullable;

/**
 * The validated {@code first}/{@code after}/{@code last}/{@code before} arguments of a
 * connection field: a page size, a direction and the cursors that bound the page.
 *
 * @param size how many items to return, 1 to {@value #MAX_SIZE}
 * @param direction {@link Direction#FORWARD} for {@code first},
 * {@link Direction#BACKWARD} for {@code last}
 * @param after only items after this cursor, or null
 * @param before only items before this cursor, or null
 */
public record PageRequest(int size, Direction direction, @Nullable String after, @Nullable String before) {

	public static final int MAX_SIZE = 100;

	public static final int DEFAULT_SIZE = 20;

	public PageRequest {
		if (size < 1 || size > MAX_SIZE) {
			String field = (direction == Direction.FORWARD) ? "first" : "last";
			throw new ApiException(ErrorCode.PAGE_SIZE_OUT_OF_RANGE,
					field + " must be between 1 and " + MAX_SIZE + ", was " + size, Map.of("field", field));
		}
	}

	/** A forward page: {@code first} items after {@code after}. */
	public static PageRequest of(@Nullable Integer first, @Nullable String after) {
		return of(first, after, null, null);
	}

	/**
	 * Validates the four paging arguments the way GitHub does: {@code first} and
	 * {@code last} exclude each other, and neither means the first 20.
	 */
	public static PageRequest of(@Nullable Integer first, @Nullable String after, @Nullable Integer last,
			@Nullable String before) {
		if (first != null && last != null) {
			throw new ApiException(ErrorCode.BAD_USER_INPUT, "Pass either first or last, not both",
					Map.of("field", "last"));
		}
		if (last != null) {
			return new PageRequest(last, Direction.BACKWARD, after, before);
		}
		return new PageRequest((first != null) ? first : DEFAULT_SIZE, Direction.FORWARD, after, before);
	}

	public boolean isBackward() {
		return this.direction == Direction.BACKWARD;
	}

	/**
	 * How many items to fetch: one more than asked, to know whether more exist in the
	 * paging direction.
	 */
	public int fetchSize() {
		return this.size + 1;
	}

	/** Which end of the bounded range a page is taken from. */
	public enum Direction {

		/** The first items after {@code after}, for {@code first}. */
		FORWARD,
		/** The last items before {@code before}, for {@code last}. */
		BACKWARD

	}

}
