package app.briefings.graphql.http;

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
 * Refuses a subscription sent as a plain HTTP request (a POST without
 * {@code Accept: text/event-stream}, or a GET) with
 * {@code SUBSCRIPTION_TRANSPORT_REQUIRED} before it starts: such a request carries one
 * answer, so the stream would never be read. The HTTP handlers mark their requests with
 * {@link #PLAIN_HTTP_REQUEST}; graphql-ws and server-sent events do not.
 */
@Component
class SubscriptionsNotOverPlainHttp extends SimplePerformantInstrumentation implements WebGraphQlInterceptor {

	static final String PLAIN_HTTP_REQUEST = SubscriptionsNotOverPlainHttp.class.getName() + ".plain";

	static final String MESSAGE = "A subscription needs a streaming transport: subscribe over graphql-ws "
			+ "(WebSocket on this path, subprotocol graphql-transport-ws) or POST it with 'Accept: text/event-stream'";

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (request.getAttributes().get(PLAIN_HTTP_REQUEST) != null) {
			request.configureExecutionInput(
					(input, builder) -> builder.graphQLContext(Map.of(PLAIN_HTTP_REQUEST, Boolean.TRUE)).build());
		}
		return chain.next(request);
	}

	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		boolean plain = Boolean.TRUE
			.equals(parameters.getExecutionContext().getGraphQLContext().get(PLAIN_HTTP_REQUEST));
		OperationDefinition.Operation operation = parameters.getExecutionContext()
			.getOperationDefinition()
			.getOperation();
		if (plain && operation == OperationDefinition.Operation.SUBSCRIPTION) {
			throw new AbortExecutionException(
					List.of(new ApiException(ErrorCode.SUBSCRIPTION_TRANSPORT_REQUIRED, MESSAGE).toGraphQlError()));
		}
		return super.beginExecuteOperation(parameters, state);
	}

}
