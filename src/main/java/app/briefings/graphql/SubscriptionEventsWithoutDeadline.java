package app.briefings.graphql;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import app.briefings.deadline.RequestDeadlineAccessor;

/**
 * Keeps a subscription's request deadline to its start. Spring for GraphQL restores the
 * thread-locals captured with a request around every data fetcher, those that resolve a
 * subscription's events too; the events of a subscription arrive long after the
 * subscribing request's deadline, so its deadline is taken out of what is restored. The
 * start itself (the root field) still runs on the execution thread, under the deadline.
 */
@Component
class SubscriptionEventsWithoutDeadline extends SimplePerformantInstrumentation {

	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		OperationDefinition.Operation operation = parameters.getExecutionContext()
			.getOperationDefinition()
			.getOperation();
		if (operation == OperationDefinition.Operation.SUBSCRIPTION) {
			parameters.getExecutionContext().getGraphQLContext().delete(RequestDeadlineAccessor.KEY);
		}
		return super.beginExecuteOperation(parameters, state);
	}

}
