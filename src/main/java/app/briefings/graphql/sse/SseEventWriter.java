package app.briefings.graphql.sse;

import java.util.List;
import java.util.Map;

import graphql.GraphqlErrorBuilder;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.BaseSubscriber;
import reactor.core.publisher.Flux;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.SubscriptionPublisherException;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Turns a subscription's results into server-sent events in the GraphQL over SSE
 * "distinct connections" format: an empty comment at once, so the response headers reach
 * the client before any event (a client with a 10 s read timeout would otherwise give up
 * on a quiet stream), one {@code next} event per result, with its {@code id} when the
 * subscription gives one, and {@code complete} at the end. It only queues them on the
 * stream's {@link SseOutbox}, which writes them on a writer thread and sends the
 * keep-alives; the thread that delivers a result never waits for the client.
 */
final class SseEventWriter extends BaseSubscriber<Map<String, Object>> {

	private static final Logger logger = LoggerFactory.getLogger(SseEventWriter.class);

	private final SseOutbox outbox;

	private final @Nullable SseEventIds ids;

	private SseEventWriter(SseOutbox outbox, @Nullable SseEventIds ids) {
		this.outbox = outbox;
		this.ids = ids;
	}

	static void write(Flux<Map<String, Object>> results, ServerResponse.SseBuilder sse, @Nullable SseEventIds ids,
			SseOutbox outbox) {
		SseEventWriter writer = new SseEventWriter(outbox, ids);
		outbox.onEnd(writer::cancel);
		sse.onTimeout(outbox::close);
		sse.onError((ex) -> outbox.close());
		sse.onComplete(outbox::close);
		results.subscribe(writer);
	}

	@Override
	protected void hookOnSubscribe(Subscription subscription) {
		this.outbox.comment();
		subscription.request(Long.MAX_VALUE);
	}

	@Override
	protected void hookOnNext(Map<String, Object> result) {
		String id = (this.ids != null) ? this.ids.next() : null;
		this.outbox.next(id, result);
	}

	@Override
	protected void hookOnError(Throwable error) {
		if (error instanceof SubscriptionPublisherException coded) {
			this.outbox.finish(coded.toMap());
			return;
		}
		logger.error("Subscription over server-sent events failed", error);
		this.outbox.finish(Map.of("errors",
				List.of(GraphqlErrorBuilder.newError()
					.message("Subscription error")
					.errorType(ErrorType.INTERNAL_ERROR)
					.build()
					.toSpecification())));
	}

	@Override
	protected void hookOnComplete() {
		this.outbox.finish(null);
	}

}
