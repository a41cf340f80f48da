package app.briefings.graphql.sse;

import java.util.List;
import java.util.Map;

import app.briefings.graphql.error.ApiException;
import app.briefings.graphql.error.ErrorCode;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Refuses a query or mutation sent for server-sent events with {@code SUBSCRIPTIONS_ONLY}
 * before it runs, so that a mutation never runs only to have its answer thrown away. It
 * carries the mark {@link CodedSseHandler} sets on the request into the execution and
 * reads it there once the operation is known.
 */
@Component
class SubscriptionsOnlyOverSse extends SimplePerformantInstrumentation implements WebGraphQlInterceptor {

	static final String SSE_REQUEST = SubscriptionsOnlyOverSse.class.getName() + ".sse";

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (request.getAttributes().get(SSE_REQUEST) != null) {
			request.configureExecutionInput(
					(input, builder) -> builder.graphQLContext(Map.of(SSE_REQUEST, Boolean.TRUE)).build());
		}
		return chain.next(request);
	}

	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		boolean sse = Boolean.TRUE.equals(parameters.getExecutionContext().getGraphQLContext().get(SSE_REQUEST));
		OperationDefinition.Operation operation = parameters.getExecutionContext()
			.getOperationDefinition()
			.getOperation();
		if (sse && operation != OperationDefinition.Operation.SUBSCRIPTION) {
			String message = "Server-sent events carry subscriptions only; send this " + operation.name().toLowerCase()
					+ " as a plain POST without 'Accept: text/event-stream'";
			throw new AbortExecutionException(
					List.of(new ApiException(ErrorCode.SUBSCRIPTIONS_ONLY, message).toGraphQlError()));
		}
		return super.beginExecuteOperation(parameters, state);
	}

}
