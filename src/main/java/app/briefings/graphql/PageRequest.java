package app.briefings.graphql;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The validated {@code first}/{@code after} arguments of a connection field.
 *
 * @param first how many items to return, 1 to {@value #MAX_FIRST}
 * @param after the cursor to continue after, or null for the first page
 */
public record PageRequest(int first, @Nullable String after) {

	public static final int MAX_FIRST = 100;

	public static final int DEFAULT_FIRST = 20;

	public PageRequest {
		if (first < 1 || first > MAX_FIRST) {
			throw new ApiException(ErrorCode.PAGE_SIZE_OUT_OF_RANGE,
					"first must be between 1 and " + MAX_FIRST + ", was " + first, Map.of("field", "first"));
		}
	}

	public static PageRequest of(@Nullable Integer first, @Nullable String after) {
		return new PageRequest((first != null) ? first : DEFAULT_FIRST, after);
	}

	/**
	 * How many items to fetch: one more than asked, to know whether a next page exists.
	 */
	public int fetchSize() {
		return this.first + 1;
	}

}
