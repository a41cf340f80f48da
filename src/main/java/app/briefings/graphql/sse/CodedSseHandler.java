package app.briefings.graphql.sse;

import java.time.Duration;
import java.util.Map;

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
 * its coded errors, as one {@code next} event followed by {@code complete}. Its streams
 * stay open until the client leaves (no servlet async timeout unless
 * {@code spring.graphql.http.sse.timeout} sets one), send their headers at once, and
 * carry event ids that resumable subscriptions give, with the client's
 * {@code Last-Event-ID} passed to them ({@link SseEventIds}, {@link SseEventWriter}).
 * Events are queued per stream and written by {@link SseWriters}, never on the thread
 * that delivers them, so a client that stops reading stalls only its own stream.
 */
public class CodedSseHandler extends GraphQlSseHandler {

	private static final Duration NO_TIMEOUT = Duration.ofMillis(-1);

	private final Duration timeout;

	private final @Nullable Duration keepAlive;

	private final SseWriters writers;

	public CodedSseHandler(WebGraphQlHandler graphQlHandler, @Nullable Duration timeout, @Nullable Duration keepAlive,
			SseWriters writers) {
		super(graphQlHandler, timeout, keepAlive);
		this.timeout = (timeout != null) ? timeout : NO_TIMEOUT;
		this.keepAlive = keepAlive;
		this.writers = writers;
	}

	@Override
	public ServerResponse handleRequest(ServerRequest request) throws ServletException {
		request.attributes().put(SubscriptionsOnlyOverSse.SSE_REQUEST, Boolean.TRUE);
		request.attributes()
			.put(SseEventIds.ATTRIBUTE, new SseEventIds(request.headers().firstHeader("Last-Event-ID")));
		return super.handleRequest(request);
	}

	@Override
	protected ServerResponse prepareResponse(ServerRequest request, Mono<WebGraphQlResponse> responseMono) {
		SseEventIds ids = (SseEventIds) request.attributes().get(SseEventIds.ATTRIBUTE);
		Flux<Map<String, Object>> results = responseMono.map(CodedSseHandler::asStream)
			.flatMapMany(CodedSseHandler::results);
		return ServerResponse.sse(
				(sse) -> SseEventWriter.write(results, sse, ids, this.writers.open(sse, this.keepAlive)), this.timeout);
	}

	private static Flux<Map<String, Object>> results(WebGraphQlResponse response) {
		Publisher<ExecutionResult> results = response.getData();
		return Flux.from(results).map(ExecutionResult::toSpecification);
	}

	private static WebGraphQlResponse asStream(WebGraphQlResponse response) {
		if (response.getData() instanceof Publisher) {
			return response;
		}
		ExecutionResult answer = response.getExecutionResult();
		return response.transform((builder) -> builder.data(Flux.just(answer)));
	}

}
