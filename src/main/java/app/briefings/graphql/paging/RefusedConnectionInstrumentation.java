package app.briefings.graphql.paging;

import java.util.concurrent.CompletionStage;

import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Answers a connection field that failed with {@code null} and its coded error only.
 * Spring for GraphQL puts an empty connection in place of a connection field's null
 * value, so a refused list (such as {@code FORBIDDEN}) would look like "nothing there";
 * this takes the empty stand-in out again whenever the field carries errors. A non-null
 * connection field then makes its parent null, as GraphQL prescribes, without a second
 * error.
 */
@Component
class RefusedConnectionInstrumentation extends SimplePerformantInstrumentation {

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
			InstrumentationFieldFetchParameters parameters, @Nullable InstrumentationState state) {
		GraphQLType type = GraphQLTypeUtil.unwrapNonNull(parameters.getExecutionStepInfo().getType());
		if (!(type instanceof GraphQLObjectType object) || !object.getName().endsWith("Connection")) {
			return dataFetcher;
		}
		return (environment) -> {
			Object result = dataFetcher.get(environment);
			if (result instanceof CompletionStage<?> stage) {
				return stage.thenApply(RefusedConnectionInstrumentation::withoutStandIn);
			}
			return withoutStandIn(result);
		};
	}

	private static @Nullable Object withoutStandIn(@Nullable Object result) {
		if (result instanceof DataFetcherResult<?> failed && !failed.getErrors().isEmpty()
				&& failed.getData() instanceof graphql.relay.Connection<?> standIn && standIn.getEdges().isEmpty()) {
			return DataFetcherResult.newResult()
				.errors(failed.getErrors())
				.localContext(failed.getLocalContext())
				.build();
		}
		return result;
	}

}
