package app.briefings.graphql.error;

import java.util.LinkedHashMap;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;

/**
 * A failure the API reports to clients as a GraphQL error with a stable
 * {@link ErrorCode}. Features extend it with exceptions named after what went wrong.
 */
public class ApiException extends RuntimeException {

	private final ErrorCode code;

	private final Map<String, Object> details;

	public ApiException(ErrorCode code, String message) {
		this(code, message, Map.of());
	}

	public ApiException(ErrorCode code, String message, Map<String, Object> details) {
		super(message);
		this.code = code;
		this.details = Map.copyOf(details);
	}

	public ErrorCode code() {
		return this.code;
	}

	/** Extra {@code extensions} entries, such as the input field at fault. */
	public Map<String, Object> details() {
		return this.details;
	}

	/**
	 * This failure as a GraphQL error with its code, for failures raised before
	 * execution.
	 */
	public GraphQLError toGraphQlError() {
		Map<String, Object> extensions = new LinkedHashMap<>(this.details);
		extensions.put("code", this.code.name());
		return GraphqlErrorBuilder.newError()
			.message(getMessage())
			.errorType(this.code.classification())
			.extensions(extensions)
			.build();
	}

}
