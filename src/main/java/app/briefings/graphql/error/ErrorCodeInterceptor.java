package app.briefings.graphql.error;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.persisted.PersistedQueryIdInvalid;
import graphql.introspection.GoodFaithIntrospection;
import graphql.execution.preparsed.persisted.PersistedQueryNotFound;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Gives every error that reaches a response an {@code extensions.code}: errors raised
 * before execution (parse and validation errors) and unexpected failures get theirs here.
 * Messages that print literals as Java objects are rewritten in GraphQL syntax
 * ({@link ReadableMessages}).
 */
@Component
class ErrorCodeInterceptor implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map(ErrorCodeInterceptor::withErrorCodes);
	}

	private static WebGraphQlResponse withErrorCodes(WebGraphQlResponse response) {
		if (response.getExecutionResult().getErrors().isEmpty()) {
			return response;
		}
		return response.transform((builder) -> builder.errors(withCodes(response.getExecutionResult().getErrors())));
	}

	private static List<GraphQLError> withCodes(List<GraphQLError> errors) {
		List<GraphQLError> coded = new ArrayList<>(errors.size());
		for (GraphQLError error : errors) {
			coded.add(withCode(error));
		}
		return coded;
	}

	private static GraphQLError withCode(GraphQLError error) {
		Map<String, Object> extensions = (error.getExtensions() != null) ? error.getExtensions() : Map.of();
		String message = ReadableMessages.of(String.valueOf(error.getMessage()));
		if (extensions.containsKey("code") && message.equals(error.getMessage())) {
			return error;
		}
		Map<String, Object> codedExtensions = new LinkedHashMap<>(extensions);
		codedExtensions.putIfAbsent("code", codeOf(error).name());
		return GraphqlErrorBuilder.newError()
			.message(message)
			.locations(error.getLocations())
			.path(error.getPath())
			.errorType(error.getErrorType())
			.extensions(codedExtensions)
			.build();
	}

	private static ErrorCode codeOf(GraphQLError error) {
		return (error instanceof GoodFaithIntrospection.BadFaithIntrospectionError) ? ErrorCode.BAD_FAITH_INTROSPECTION
				: codeFor(error.getErrorType());
	}

	private static ErrorCode codeFor(ErrorClassification classification) {
		if (classification instanceof PersistedQueryNotFound) {
			return ErrorCode.PERSISTED_QUERY_NOT_FOUND;
		}
		if (classification instanceof PersistedQueryIdInvalid) {
			return ErrorCode.PERSISTED_QUERY_HASH_MISMATCH;
		}
		if (classification == ErrorType.InvalidSyntax) {
			return ErrorCode.GRAPHQL_PARSE_FAILED;
		}
		if (classification == ErrorType.ValidationError) {
			return ErrorCode.GRAPHQL_VALIDATION_FAILED;
		}
		if (classification == org.springframework.graphql.execution.ErrorType.BAD_REQUEST) {
			return ErrorCode.BAD_USER_INPUT;
		}
		return ErrorCode.INTERNAL_ERROR;
	}

}
