package app.briefings.limits;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.briefings.graphql.error.ApiException;
import app.briefings.graphql.error.ErrorCode;
import app.briefings.security.ApiKeyPrincipal;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.parser.ParserOptions;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Puts the {@link Caller} and the caller's parser token limit into each request's
 * {@code GraphQLContext}, and turns graphql-java's "parsing has been cancelled" error
 * into a coded {@code TOO_MANY_TOKENS} that names the limit.
 */
class QueryLimitsInterceptor implements WebGraphQlInterceptor {

	private final QueryLimits limits;

	QueryLimitsInterceptor(QueryLimits limits) {
		this.limits = limits;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Caller caller = Caller.of(currentPrincipal(), request.getRemoteAddress());
		int maxTokens = this.limits.maxTokens(caller);
		ParserOptions parserOptions = ParserOptions.getDefaultOperationParserOptions()
			.transform((options) -> options.maxTokens(maxTokens));
		request.configureExecutionInput((input, builder) -> builder
			.graphQLContext(Map.of(Caller.class, caller, ParserOptions.class, parserOptions))
			.build());
		return chain.next(request).map((response) -> withTokenErrorsCoded(response, maxTokens));
	}

	private static @Nullable ApiKeyPrincipal currentPrincipal() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof ApiKeyPrincipal principal) {
			return principal;
		}
		return null;
	}

	private static WebGraphQlResponse withTokenErrorsCoded(WebGraphQlResponse response, int maxTokens) {
		List<GraphQLError> errors = response.getExecutionResult().getErrors();
		if (errors.stream().noneMatch(QueryLimitsInterceptor::isTooManyTokens)) {
			return response;
		}
		List<GraphQLError> coded = new ArrayList<>(errors.size());
		for (GraphQLError error : errors) {
			coded.add(isTooManyTokens(error) ? tooManyTokens(maxTokens) : error);
		}
		return response.transform((builder) -> builder.errors(coded));
	}

	private static boolean isTooManyTokens(GraphQLError error) {
		String message = error.getMessage();
		return error.getErrorType() == ErrorType.InvalidSyntax && message != null
				&& (message.contains("'grammar'") || message.contains("'whitespace'"));
	}

	private static GraphQLError tooManyTokens(int maxTokens) {
		return new ApiException(ErrorCode.TOO_MANY_TOKENS,
				"The document has more than " + maxTokens + " tokens; the limit is " + maxTokens,
				Map.of("limit", maxTokens))
			.toGraphQlError();
	}

}
