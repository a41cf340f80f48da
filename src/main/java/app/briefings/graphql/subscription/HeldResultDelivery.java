package app.briefings.graphql.subscription;

import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.execution.FetchedValue;
import graphql.execution.DataFetcherResult;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * One subscription's events on their way to its results: an event whose result for the
 * subscriber's {@link ShareKey} is already held, finished and free of errors becomes its
 * result at once, without graphql-java's per-event execution (execution context,
 * instrumentation, data loader dispatch, ordered mapping); every other event goes through
 * that execution as before. A burst of resumers replaying the same changes ran that
 * execution once per change and subscriber only to take a result another subscriber had
 * made.
 * <p>
 * The subscription's source stream is taken from graphql-java when the root field is
 * fetched ({@link #divert}) and graphql-java is given a stream of only the events that
 * need executing; the results are then the source's events in their order, each either
 * taken from the held result or awaited from graphql-java's stream ({@link #results}).
 * The source itself (filter, replay, revocation, slow-consumer end) is the subscriber's
 * own as before, and its errors and completion reach the results as they did.
 */
final class HeldResultDelivery {

	private final SharedEventResults results;

	private final ShareKey key;

	private final String resultKey;

	private final Sinks.Many<Object> toExecute = Sinks.many().unicast().onBackpressureBuffer();

	private @Nullable Publisher<?> source;

	HeldResultDelivery(SharedEventResults results, ShareKey key, String resultKey) {
		this.results = results;
		this.key = key;
		this.resultKey = resultKey;
	}

	/**
	 * The root field's fetched value with its stream of events replaced by the stream of
	 * those that need executing; anything else unchanged.
	 */
	Object divert(Object fetched) {
		if (this.source != null || !(FetchedValue.getFetchedValue(fetched) instanceof Publisher<?> events)) {
			return fetched;
		}
		this.source = events;
		if (fetched instanceof FetchedValue value) {
			return new FetchedValue(this.toExecute.asFlux(), value.getErrors(), value.getLocalContext());
		}
		return this.toExecute.asFlux();
	}

	/**
	 * The subscription's result with its stream of results made from the source's events,
	 * when the source was diverted; otherwise the result as graphql-java made it.
	 */
	ExecutionResult deliver(ExecutionResult subscribed) {
		Publisher<?> events = this.source;
		if (events == null || !(subscribed.getData() instanceof Publisher<?> executed)) {
			return subscribed;
		}
		@SuppressWarnings("unchecked")
		Publisher<ExecutionResult> executedResults = (Publisher<ExecutionResult>) executed;
		return ExecutionResultImpl.newExecutionResult().from(subscribed).data(results(events, executedResults)).build();
	}

	private Flux<ExecutionResult> results(Publisher<?> events, Publisher<ExecutionResult> executed) {
		return Flux.defer(() -> {
			Executed pending = new Executed();
			executed.subscribe(pending);
			return Flux.from(events)
				.concatMapDelayError((event) -> resultOf(event, pending), false, 0)
				.doFinally((signal) -> {
					this.toExecute.tryEmitComplete();
					pending.cancel();
				});
		});
	}

	private Mono<ExecutionResult> resultOf(Object event, Executed pending) {
		ExecutionResult held = heldResultOf(event);
		if (held != null) {
			return Mono.just(held);
		}
		CompletableFuture<ExecutionResult> result = pending.expect();
		this.toExecute.tryEmitNext(event);
		return Mono.fromFuture(result);
	}

	/** The result graphql-java would make from the held result, or null. */
	private @Nullable ExecutionResult heldResultOf(Object event) {
		if (event instanceof DataFetcherResult<?>) {
			return null;
		}
		SharedEventResults.SharedResult held = this.results.heldWithoutErrors(event, this.key);
		if (held == null || held.value() == null) {
			return null;
		}
		return new ExecutionResultImpl(Collections.singletonMap(this.resultKey, held.value()), List.of());
	}

	/**
	 * graphql-java's results of the events handed to it, matched to them in order: each
	 * event handed over expects the next result.
	 */
	private static final class Executed implements Subscriber<ExecutionResult> {

		private final Queue<CompletableFuture<ExecutionResult>> expected = new ConcurrentLinkedQueue<>();

		private volatile @Nullable Subscription subscription;

		private volatile @Nullable Throwable failure;

		private volatile boolean completed;

		CompletableFuture<ExecutionResult> expect() {
			CompletableFuture<ExecutionResult> result = new CompletableFuture<>();
			this.expected.add(result);
			Throwable ended = this.failure;
			if (ended != null) {
				failAll(ended);
			}
			else if (this.completed) {
				failAll(new IllegalStateException("The executed events ended before this one"));
			}
			return result;
		}

		@Override
		public void onSubscribe(Subscription subscription) {
			this.subscription = subscription;
			subscription.request(Long.MAX_VALUE);
		}

		@Override
		public void onNext(ExecutionResult result) {
			CompletableFuture<ExecutionResult> next = this.expected.poll();
			if (next != null) {
				next.complete(result);
			}
		}

		@Override
		public void onError(Throwable throwable) {
			this.failure = throwable;
			failAll(throwable);
		}

		@Override
		public void onComplete() {
			this.completed = true;
		}

		void cancel() {
			Subscription current = this.subscription;
			if (current != null) {
				current.cancel();
			}
		}

		private void failAll(Throwable throwable) {
			CompletableFuture<ExecutionResult> next = this.expected.poll();
			while (next != null) {
				next.completeExceptionally(throwable);
				next = this.expected.poll();
			}
		}

	}

}
