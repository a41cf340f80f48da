package app.briefings.graphql.subscription;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataLoaderDispatchStrategy;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.FetchedValue;
import graphql.execution.FieldValueInfo;
import graphql.execution.MergedField;
import graphql.execution.MergedSelectionSet;
import graphql.execution.SubscriptionExecutionStrategy;
import graphql.execution.incremental.AlternativeCallContext;
import org.jspecify.annotations.Nullable;

/**
 * graphql-java's subscription strategy, except that subscribers whose {@link ShareKey} is
 * equal (same selection, variables and rights) run the selection set of an event once
 * between them: the first to complete the event runs it, the others take its value and
 * field errors. Everything around that stays per subscriber: the source stream with its
 * filter, replay and revocation check, the buffers and the connection. A subscriber whose
 * shared run failed runs the event itself. Events are delivered in the order they arrive,
 * as sync tokens need. An event whose shared result is already finished, without errors,
 * skips graphql-java's per-event execution (and the instrumentation of that event)
 * altogether ({@link HeldResultDelivery}); the others go through it.
 */
class SharedSubscriptionExecutionStrategy extends SubscriptionExecutionStrategy {

	private static final String SHARE_KEY = SharedSubscriptionExecutionStrategy.class.getName() + ".shareKey";

	private static final String DELIVERY = SharedSubscriptionExecutionStrategy.class.getName() + ".delivery";

	private final SharedEventResults results;

	private final SubscriberRights rights;

	private final PrintedSelections selections = new PrintedSelections();

	SharedSubscriptionExecutionStrategy(DataFetcherExceptionHandler exceptionHandler, SharedEventResults results,
			SubscriberRights rights) {
		super(exceptionHandler);
		this.results = results;
		this.rights = rights;
	}

	@Override
	public CompletableFuture<ExecutionResult> execute(ExecutionContext context,
			ExecutionStrategyParameters parameters) {
		GraphQLContext graphQlContext = context.getGraphQLContext();
		graphQlContext.put(KEEP_SUBSCRIPTION_EVENTS_ORDERED, true);
		MergedSelectionSet fields = parameters.getFields();
		MergedField subscribed = fields.getSubField(fields.getKeys().get(0));
		if (subscribed == null) {
			return super.execute(context, parameters);
		}
		ShareKey key = ShareKey.of(this.selections.of(subscribed, context.getFragmentsByName()),
				context.getCoercedVariables(), this.rights.of(graphQlContext));
		graphQlContext.put(SHARE_KEY, key);
		HeldResultDelivery delivery = new HeldResultDelivery(this.results, key,
				subscribed.getSingleField().getResultKey());
		graphQlContext.put(DELIVERY, delivery);
		return super.execute(context, parameters).thenApply(delivery::deliver);
	}

	/**
	 * Fetches the subscribed field, handing its stream of events to the subscription's
	 * {@link HeldResultDelivery}; the fields of events are fetched as usual.
	 */
	@Override
	protected Object fetchField(ExecutionContext context, ExecutionStrategyParameters parameters) {
		Object fetched = super.fetchField(context, parameters);
		HeldResultDelivery delivery = context.getGraphQLContext().get(DELIVERY);
		if (delivery == null || parameters.getPath().getLevel() != 1 || parameters.getDeferredCallContext() != null) {
			return fetched;
		}
		if (fetched instanceof CompletableFuture<?> future) {
			return future.thenApply(delivery::divert);
		}
		return delivery.divert(fetched);
	}

	@Override
	protected FieldValueInfo completeField(ExecutionContext context, ExecutionStrategyParameters parameters,
			Object fetchedValue) {
		ShareKey key = context.getGraphQLContext().get(SHARE_KEY);
		AlternativeCallContext call = parameters.getDeferredCallContext();
		Object event = FetchedValue.getFetchedValue(fetchedValue);
		if (key == null || call == null || event == null || parameters.getPath().getLevel() != 1
				|| hasLocalContext(fetchedValue)) {
			return super.completeField(context, parameters, fetchedValue);
		}
		SharedEventResults.Claim claim = this.results.claim(event, key);
		if (claim.runs()) {
			return run(context, parameters, fetchedValue, call, claim.result());
		}
		CompletableFuture<@Nullable Object> value = claim.result()
			.handle((shared, failure) -> (failure == null) ? reuse(shared, call)
					: runAlone(context, parameters, fetchedValue))
			.thenCompose(Function.identity());
		return new FieldValueInfo(FieldValueInfo.CompleteValueType.OBJECT, value);
	}

	private FieldValueInfo run(ExecutionContext context, ExecutionStrategyParameters parameters, Object fetchedValue,
			AlternativeCallContext call, CompletableFuture<SharedEventResults.SharedResult> result) {
		FieldValueInfo completed;
		try {
			completed = super.completeField(context, parameters, fetchedValue);
		}
		catch (RuntimeException ex) {
			result.completeExceptionally(ex);
			throw ex;
		}
		completed.getFieldValueFuture().whenComplete((value, failure) -> {
			if (failure != null) {
				result.completeExceptionally(failure);
				return;
			}
			result.complete(new SharedEventResults.SharedResult(value, call.getErrors()));
		});
		return completed;
	}

	private static CompletableFuture<@Nullable Object> reuse(SharedEventResults.SharedResult shared,
			AlternativeCallContext call) {
		call.addErrors(shared.errors());
		return CompletableFuture.completedFuture(shared.value());
	}

	/**
	 * Runs the event's selection set for this subscriber alone, as graphql-java runs an
	 * event, in a call context of its own so that its data loaders are dispatched.
	 */
	private CompletableFuture<@Nullable Object> runAlone(ExecutionContext context,
			ExecutionStrategyParameters parameters, Object fetchedValue) {
		AlternativeCallContext own = new AlternativeCallContext(1, 1);
		ExecutionStrategyParameters ownParameters = parameters.transform((builder) -> builder.deferredCallContext(own));
		DataLoaderDispatchStrategy dispatch = context.getDataLoaderDispatcherStrategy();
		dispatch.newSubscriptionExecution(own);
		FieldValueInfo completed = super.completeField(context, ownParameters, fetchedValue);
		dispatch.subscriptionEventCompletionDone(own);
		AlternativeCallContext call = parameters.getDeferredCallContext();
		return completed.getFieldValueFuture().thenApply((value) -> {
			if (call != null) {
				call.addErrors(own.getErrors());
			}
			return value;
		});
	}

	private static boolean hasLocalContext(Object fetchedValue) {
		return FetchedValue.getLocalContext(fetchedValue, null) != null;
	}

}
