package app.briefings.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Wraps every mutation field, outside its authorization checks, to note in the request's
 * {@link AuditTrail} who called it, with which IDs, and which IDs its payload names
 * ({@link AuditTargets}), also when the field answers later (a {@link CompletionStage},
 * or a {@link Mono}, as controllers resolving the caller's principal do). Refusals and
 * failures are noted too: the call is recorded before the field runs.
 */
final class MutationAuditor extends GraphQLTypeVisitorStub {

	private static final String MUTATION_ROOT = "Mutation";

	private final Clock clock = Clock.systemUTC();

	@Override
	public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
			TraverserContext<GraphQLSchemaElement> context) {
		if (!(context.getParentNode() instanceof GraphQLObjectType parent) || !MUTATION_ROOT.equals(parent.getName())) {
			return TraversalControl.CONTINUE;
		}
		GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
		FieldCoordinates coordinates = FieldCoordinates.coordinates(parent, field);
		DataFetcher<?> fetcher = registry.getDataFetcher(coordinates, field);
		registry.dataFetcher(coordinates, audited(fetcher));
		return TraversalControl.CONTINUE;
	}

	private DataFetcher<?> audited(DataFetcher<?> fetcher) {
		return (environment) -> {
			AuditTrail trail = environment.getGraphQlContext().get(AuditTrail.class);
			if (trail == null) {
				return fetcher.get(environment);
			}
			String responseKey = environment.getExecutionStepInfo().getPath().getSegmentName();
			trail.begin(new AuditedCall(this.clock.instant(), responseKey, environment.getField().getName(),
					AccessRules.principalOf(AccessRules.caller()), argumentIds(environment)));
			Object result = fetcher.get(environment);
			if (result instanceof CompletionStage<?> stage) {
				return stage.thenApply((value) -> noteTargets(trail, responseKey, value));
			}
			if (result instanceof Mono<?> mono) {
				return mono.doOnNext((value) -> noteTargets(trail, responseKey, value));
			}
			return noteTargets(trail, responseKey, result);
		};
	}

	private static @Nullable Object noteTargets(AuditTrail trail, String responseKey, @Nullable Object result) {
		Object payload = (result instanceof DataFetcherResult<?> wrapped) ? wrapped.getData() : result;
		if (payload instanceof AuditTargets targets) {
			trail.touched(responseKey, targets.auditTargetIds());
		}
		return result;
	}

	private static List<String> argumentIds(DataFetchingEnvironment environment) {
		List<String> ids = new ArrayList<>();
		for (Map.Entry<String, Object> argument : environment.getArguments().entrySet()) {
			addIds(ids, argument.getKey(), argument.getValue());
		}
		return ids;
	}

	private static void addIds(List<String> ids, String name, @Nullable Object value) {
		if (name.equals("id") && value instanceof String id) {
			ids.add(id);
		}
		if (name.equals("ids") && value instanceof List<?> list) {
			list.forEach((id) -> ids.add(String.valueOf(id)));
		}
	}

}
