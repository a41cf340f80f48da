package app.briefings.graphql;

import java.util.ArrayList;
import java.util.List;

import app.briefings.graphql.error.ApiException;
import app.briefings.graphql.error.ErrorCode;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Node;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLObjectType;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Keeps {@code @defer} out of the schema this API offers. graphql-java 25 adds the
 * directive to every schema, but neither it (without its experimental incremental mode)
 * nor Spring for GraphQL 2.0 delivers deferred fragments incrementally: the directive was
 * accepted and ignored. So introspection does not list it, and an operation that uses it
 * is refused with {@code GRAPHQL_VALIDATION_FAILED}, as an unknown directive would be.
 */
@Component
class DeferNotOffered extends SimplePerformantInstrumentation {

	static final String DEFER = "defer";

	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		if (usesDefer(parameters.getExecutionContext().getDocument())) {
			String message = "Unknown directive '@defer': this API delivers each answer whole; "
					+ "split the operation instead";
			throw new AbortExecutionException(
					List.of(new ApiException(ErrorCode.GRAPHQL_VALIDATION_FAILED, message).toGraphQlError()));
		}
		return super.beginExecuteOperation(parameters, state);
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
			InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
		boolean schemaDirectives = parameters.getEnvironment().getParentType() instanceof GraphQLObjectType parent
				&& parent.getName().equals("__Schema")
				&& parameters.getEnvironment().getField().getName().equals("directives");
		if (!schemaDirectives) {
			return dataFetcher;
		}
		return (environment) -> withoutDefer(dataFetcher.get(environment));
	}

	private static @Nullable Object withoutDefer(@Nullable Object directives) {
		if (!(directives instanceof List<?> list)) {
			return directives;
		}
		List<Object> offered = new ArrayList<>();
		for (Object directive : list) {
			if (!(directive instanceof GraphQLDirective named && named.getName().equals(DEFER))) {
				offered.add(directive);
			}
		}
		return offered;
	}

	private static boolean usesDefer(Document document) {
		List<Node> pending = new ArrayList<>(List.of(document));
		while (!pending.isEmpty()) {
			Node<?> node = pending.remove(pending.size() - 1);
			if (node instanceof Directive directive && directive.getName().equals(DEFER)) {
				return true;
			}
			pending.addAll(node.getChildren());
		}
		return false;
	}

}
