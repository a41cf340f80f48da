package app.briefings.limits;

import java.util.List;
import java.util.Map;

import app.briefings.graphql.error.ApiException;
import app.briefings.graphql.error.ErrorCode;
import app.briefings.graphql.paging.PageRequest;
import app.briefings.security.Introspection;
import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;

/**
 * Measures each validated operation once, before it runs, and refuses it when it exceeds
 * a limit: depth, aliases, fields, nodes and page sizes, and introspection by anonymous
 * callers when closed to them. Operations that only introspect are exempt from the shape
 * limits; graphql-java's good-faith introspection checks still bound them. The shape is
 * left in the {@link GraphQLContext} for the cost budget.
 */
class QueryLimitsInstrumentation extends SimplePerformantInstrumentation {

	private static final int SELECTIONS_PER_FIELD = 10;

	private final QueryLimits limits;

	private final Introspection introspection;

	QueryLimitsInstrumentation(QueryLimits limits, Introspection introspection) {
		this.limits = limits;
		this.introspection = introspection;
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		QueryShape shape = QueryShapeAnalyzer.analyze(parameters.getExecutionContext(),
				SELECTIONS_PER_FIELD * this.limits.maxFields());
		GraphQLContext context = parameters.getExecutionContext().getGraphQLContext();
		Caller caller = context.get(Caller.class);
		check(shape, caller);
		context.put(QueryShape.class, shape);
		return super.beginExecuteOperation(parameters, state);
	}

	private void check(QueryShape shape, Caller caller) {
		if (shape.introspects() && this.introspection == Introspection.AUTHENTICATED
				&& (caller == null || caller.anonymous())) {
			throw refusal(ErrorCode.INTROSPECTION_DISABLED, "Introspection needs an API key", Map.of());
		}
		if (shape.introspectionOnly()) {
			return;
		}
		if (shape.pageSizeOutOfRange() != null) {
			throw refusal(
					ErrorCode.PAGE_SIZE_OUT_OF_RANGE, shape.pageSizeOutOfRange() + " must be between 1 and "
							+ PageRequest.MAX_SIZE + ", was " + shape.pageSize(),
					Map.of("field", shape.pageSizeOutOfRange()));
		}
		checkLimit(ErrorCode.QUERY_TOO_DEEP, "The query is nested %d levels deep; the limit is %d", shape.depth(),
				this.limits.maxDepth());
		checkLimit(ErrorCode.TOO_MANY_ALIASES, "The query has %d aliases; the limit is %d", shape.aliases(),
				this.limits.maxAliases());
		checkLimit(ErrorCode.TOO_MANY_FIELDS, "The query selects %d fields; the limit is %d", shape.fields(),
				this.limits.maxFields());
		checkLimit(ErrorCode.TOO_MANY_NODES, "The query may return %d nodes through connections; the limit is %d",
				shape.nodes(), this.limits.maxNodes());
	}

	private static void checkLimit(ErrorCode code, String message, long value, long limit) {
		if (value > limit) {
			throw refusal(code, message.formatted(value, limit), Map.of("limit", limit, "value", value));
		}
	}

	private static AbortExecutionException refusal(ErrorCode code, String message, Map<String, Object> details) {
		return new AbortExecutionException(List.of(new ApiException(code, message, details).toGraphQlError()));
	}

}
