package app.briefings.graphql.sse;

import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Hands the {@link SseEventIds} of a server-sent events request to the operation's
 * GraphQL context, where subscriptions find them.
 */
@Component
class SseEventIdsInterceptor implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Object ids = request.getAttributes().get(SseEventIds.ATTRIBUTE);
		if (ids != null) {
			request.configureExecutionInput(
					(input, builder) -> builder.graphQLContext(Map.of(SseEventIds.ATTRIBUTE, ids)).build());
		}
		return chain.next(request);
	}

}
