package app.briefings.graphql;

import java.time.Duration;
import java.util.Map;

import app.briefings.graphql.error.ErrorCode;

import graphql.ExecutionResult;
import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.Ordered;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.stereotype.Component;

import app.briefings.deadline.RequestDeadline;
import app.briefings.deadline.RequestDeadlines;

/**
 * Answers {@code REQUEST_TIMEOUT} when a request runs longer than
 * {@code briefings.graphql.request-timeout}. Execution moves off the HTTP thread onto a
 * pool as large as the servlet container's, so the waiting HTTP thread can answer at the
 * deadline even while a data fetcher is blocked on the database; the abandoned execution
 * is cancelled (its thread interrupted). The caller's thread-local context (the security
 * context among it) travels with the execution, and so does the request's
 * {@link RequestDeadline}, which bounds every database command the execution sends, on
 * whichever thread its data fetchers and DataLoader batches run.
 * <p>
 * Operations of a graphql-ws socket run on the thread that read their message, under the
 * deadline the socket handler opened for them: there no HTTP answer waits, so the move to
 * the pool only parked the container's thread until a pool thread had run the operation,
 * and a burst of 1,000 resuming subscribers queued behind those hand-overs. A database
 * command past that deadline still ends the operation with {@code REQUEST_TIMEOUT}.
 */
@Component
class RequestTimeoutInterceptor implements WebGraphQlInterceptor, Ordered, DisposableBean {

	private static final int MAX_THREADS = 200;

	private static final int MAX_QUEUED = 10_000;

	private final Duration timeout;

	private final ContextSnapshotFactory snapshots = ContextSnapshotFactory.builder().build();

	private final Scheduler executions = Schedulers.newBoundedElastic(MAX_THREADS, MAX_QUEUED, "graphql-execution");

	RequestTimeoutInterceptor(BriefingsGraphQlProperties properties) {
		this.timeout = properties.requestTimeout();
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (request instanceof WebSocketGraphQlRequest) {
			return onCallerThread(request, chain);
		}
		return Mono.fromCallable(() -> awaitWithDeadline(request, chain));
	}

	/**
	 * Runs the rest of the chain where it is subscribed, handing the caller's
	 * thread-locals (security context, deadline) to Spring for GraphQL through the
	 * Reactor context as {@link #execute} does.
	 */
	private Mono<WebGraphQlResponse> onCallerThread(WebGraphQlRequest request, Chain chain) {
		return Mono.defer(() -> {
			ContextSnapshot callerThreadLocals = this.snapshots.captureAll();
			return chain.next(request).contextWrite(callerThreadLocals::updateContext);
		});
	}

	/**
	 * Waits on the caller's thread, so the HTTP exchange stays synchronous (headers
	 * written after execution, as without this interceptor), while the execution runs on
	 * the pool.
	 */
	private WebGraphQlResponse awaitWithDeadline(WebGraphQlRequest request, Chain chain) {
		ContextSnapshot callerThreadLocals = this.snapshots.captureAll();
		RequestDeadline deadline = RequestDeadline.after(this.timeout);
		return Mono.fromCallable(() -> execute(request, chain, callerThreadLocals, deadline))
			.subscribeOn(this.executions)
			.timeout(this.timeout, Mono.fromSupplier(() -> timedOut(request)))
			.block();
	}

	/**
	 * Runs the rest of the chain with the caller's thread-locals and the deadline set,
	 * and hands both to Spring for GraphQL through the Reactor context, from which it
	 * restores them around data fetchers and DataLoader batches.
	 */
	private WebGraphQlResponse execute(WebGraphQlRequest request, Chain chain, ContextSnapshot callerThreadLocals,
			RequestDeadline deadline) {
		try (ContextSnapshot.Scope scope = callerThreadLocals.setThreadLocals();
				RequestDeadlines.Scope limit = RequestDeadlines.open(deadline)) {
			ContextSnapshot executionThreadLocals = this.snapshots.captureAll();
			return chain.next(request).contextWrite(executionThreadLocals::updateContext).block();
		}
	}

	private WebGraphQlResponse timedOut(WebGraphQlRequest request) {
		GraphQLError error = GraphqlErrorBuilder.newError()
			.errorType(ErrorCode.REQUEST_TIMEOUT.classification())
			.message("The request took longer than " + this.timeout.toMillis() + " ms and was abandoned; retry later")
			.extensions(Map.of("code", ErrorCode.REQUEST_TIMEOUT.name()))
			.build();
		ExecutionResult result = ExecutionResult.newExecutionResult().data(null).addError(error).build();
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void destroy() {
		this.executions.dispose();
	}

}
