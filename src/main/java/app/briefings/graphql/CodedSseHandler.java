package app.briefings.graphql;

import java.time.Duration;

import graphql.ExecutionResult;
import jakarta.servlet.ServletException;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlSseHandler;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Spring for GraphQL's server-sent events handler, which replaces any answer that is not
 * a stream (a refused subscription, a query) with the uncoded "SSE handler supports only
 * subscriptions". This one marks its requests so that {@link SubscriptionsOnlyOverSse}
 * refuses queries and mutations before they run, and sends such an answer as it is, with
 * its coded errors, as one {@code next} event followed by {@code complete}.
 */
class CodedSseHandler extends GraphQlSseHandler {

	CodedSseHandler(WebGraphQlHandler graphQlHandler, @Nullable Duration timeout, @Nullable Duration keepAlive) {
		super(graphQlHandler, timeout, keepAlive);
	}

	@Override
	public ServerResponse handleRequest(ServerRequest request) throws ServletException {
		request.attributes().put(SubscriptionsOnlyOverSse.SSE_REQUEST, Boolean.TRUE);
		return super.handleRequest(request);
	}

	@Override
	protected ServerResponse prepareResponse(ServerRequest request, Mono<WebGraphQlResponse> responseMono) {
		return super.prepareResponse(request, responseMono.map(CodedSseHandler::asStream));
	}

	private static WebGraphQlResponse asStream(WebGraphQlResponse response) {
		if (response.getData() instanceof Publisher) {
			return response;
		}
		ExecutionResult answer = response.getExecutionResult();
		return response.transform((builder) -> builder.data(Flux.just(answer)));
	}

}
