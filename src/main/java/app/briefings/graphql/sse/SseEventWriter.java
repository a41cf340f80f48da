package app.briefings.graphql.sse;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import graphql.GraphqlErrorBuilder;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.BaseSubscriber;
import reactor.core.publisher.Flux;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.SubscriptionPublisherException;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Writes a subscription's results as server-sent events in the GraphQL over SSE "distinct
 * connections" format: an empty comment at once, so the response headers reach the client
 * before any event (a client with a 10 s read timeout would otherwise give up on a quiet
 * stream), a comment every keep-alive period, which also finds clients that left, one
 * {@code next} event per result, with its {@code id} when the subscription gives one, and
 * {@code complete} at the end.
 */
final class SseEventWriter extends BaseSubscriber<Map<String, Object>> {

	private static final Logger logger = LoggerFactory.getLogger(SseEventWriter.class);

	private final ServerResponse.SseBuilder sse;

	private final @Nullable SseEventIds ids;

	private final @Nullable Duration keepAlive;

	private @Nullable Disposable keepAlives;

	private SseEventWriter(ServerResponse.SseBuilder sse, @Nullable SseEventIds ids, @Nullable Duration keepAlive) {
		this.sse = sse;
		this.ids = ids;
		this.keepAlive = keepAlive;
	}

	static void write(Flux<Map<String, Object>> results, ServerResponse.SseBuilder sse, @Nullable SseEventIds ids,
			@Nullable Duration keepAlive) {
		SseEventWriter writer = new SseEventWriter(sse, ids, keepAlive);
		sse.onTimeout(writer::cancel);
		sse.onError((ex) -> writer.cancel());
		sse.onComplete(writer::cancel);
		results.subscribe(writer);
	}

	@Override
	protected void hookOnSubscribe(Subscription subscription) {
		sendComment();
		if (this.keepAlive != null) {
			this.keepAlives = Flux.interval(this.keepAlive, this.keepAlive).subscribe((tick) -> sendComment());
		}
		subscription.request(Long.MAX_VALUE);
	}

	@Override
	protected void hookOnNext(Map<String, Object> result) {
		synchronized (this.sse) {
			try {
				String id = (this.ids != null) ? this.ids.next() : null;
				if (id != null) {
					this.sse.id(id);
				}
				this.sse.event("next");
				this.sse.data(result);
			}
			catch (IOException ex) {
				cancelWithError(ex);
			}
		}
	}

	@Override
	protected void hookOnError(Throwable error) {
		if (error instanceof SubscriptionPublisherException coded) {
			hookOnNext(coded.toMap());
		}
		else {
			logger.error("Subscription over server-sent events failed", error);
			hookOnNext(Map.of("errors",
					java.util.List.of(GraphqlErrorBuilder.newError()
						.message("Subscription error")
						.errorType(ErrorType.INTERNAL_ERROR)
						.build()
						.toSpecification())));
		}
		hookOnComplete();
	}

	@Override
	protected void hookOnComplete() {
		synchronized (this.sse) {
			try {
				this.sse.event("complete");
				this.sse.data("");
				this.sse.complete();
			}
			catch (IOException ex) {
				this.sse.error(ex);
			}
		}
	}

	@Override
	protected void hookFinally(reactor.core.publisher.SignalType type) {
		Disposable timer = this.keepAlives;
		if (timer != null) {
			timer.dispose();
		}
	}

	private void sendComment() {
		synchronized (this.sse) {
			try {
				this.sse.comment("");
				this.sse.send();
			}
			catch (IOException | IllegalStateException ex) {
				cancelWithError(ex);
			}
		}
	}

	private void cancelWithError(Exception ex) {
		cancel();
		Disposable timer = this.keepAlives;
		if (timer != null) {
			timer.dispose();
		}
		this.sse.error(ex);
	}

}
