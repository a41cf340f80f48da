package app.briefings.budget;

import java.util.List;
import java.util.Map;

import app.briefings.graphql.error.ApiException;
import app.briefings.graphql.error.ErrorCode;
import app.briefings.limits.Caller;
import app.briefings.limits.QueryShape;
import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;

/**
 * Charges each validated operation's cost (its size, and the {@link WorkPrice} of its
 * heavy fields) to its caller's budget before it runs, and refuses it with
 * {@code RATE_LIMITED} when the cost exceeds what remains. Runs after the query limits,
 * which measure the operation.
 */
class BudgetInstrumentation extends SimplePerformantInstrumentation {

	private final Budgets budgets;

	BudgetInstrumentation(Budgets budgets) {
		this.budgets = budgets;
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		GraphQLContext context = parameters.getExecutionContext().getGraphQLContext();
		Caller caller = context.get(Caller.class);
		QueryShape shape = context.get(QueryShape.class);
		BudgetReport report = context.get(BudgetReport.class);
		if (caller == null || shape == null || report == null) {
			return super.beginExecuteOperation(parameters, state);
		}
		long cost = shape.cost() + workPrice(parameters.getExecutionContext());
		BudgetCharge charge = this.budgets.charge(caller, cost);
		report.record(cost, charge);
		if (!charge.granted()) {
			throw new AbortExecutionException(List.of(new ApiException(ErrorCode.RATE_LIMITED,
					"The budget of " + charge.limit() + " points per hour is spent: this operation costs " + cost + ", "
							+ charge.remaining() + " remain until " + charge.resetAt(),
					Map.of("resetAt", charge.resetAt().toString()))
				.toGraphQlError()));
		}
		return super.beginExecuteOperation(parameters, state);
	}

	/**
	 * The work price of the operation, building graphql-java's normalized operation only
	 * for an operation that may select a priced field: a subscription or a feed page
	 * never does, and building it for every {@code subscribe} of a burst of resumers was
	 * a measurable share of the burst.
	 */
	private static long workPrice(ExecutionContext context) {
		if (!WorkPrice.mayPrice(context.getOperationDefinition())) {
			return 0;
		}
		return WorkPrice.of(context.getNormalizedQueryTree().get());
	}

}
