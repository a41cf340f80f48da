package app.briefings.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Wraps every mutation field, outside its authorization checks, to note in the request's
 * {@link AuditTrail} who called it, with which IDs and arguments, and which IDs its
 * payload names ({@link AuditTargets}), also when the field answers later (a
 * {@link CompletionStage}, or a {@link Mono}, as controllers resolving the caller's
 * principal do). Refusals and failures are noted too: the call is recorded before the
 * field runs.
 */
final class MutationAuditor extends GraphQLTypeVisitorStub {

	private static final String MUTATION_ROOT = "Mutation";

	private final Clock clock;

	MutationAuditor(Clock clock) {
		this.clock = clock;
	}

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
			CalledArguments arguments = calledArguments(environment);
			trail.begin(new AuditedCall(this.clock.instant(), responseKey, environment.getField().getName(),
					AccessRules.principalOf(AccessRules.caller()), arguments.ids(), arguments.values()));
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

	private static CalledArguments calledArguments(DataFetchingEnvironment environment) {
		CalledArguments called = new CalledArguments();
		for (GraphQLArgument argument : environment.getFieldDefinition().getArguments()) {
			called.add(argument.getName(), argument.getType(), environment.getArguments().get(argument.getName()));
		}
		return called;
	}

	/**
	 * The arguments of a call as the audit line shows them: every value of type
	 * {@code ID}, also inside input objects and lists, as a target; and every ID, number,
	 * boolean, enum value and short string by its dotted path (the first
	 * {@value #MAX_VALUES}), except free text and secrets.
	 */
	static final class CalledArguments {

		static final int MAX_STRING_LENGTH = 200;

		static final int MAX_VALUES = 50;

		private static final Set<String> WITHHELD = Set.of("text", "secret", "password", "token");

		private final List<String> ids = new ArrayList<>();

		private final Map<String, Object> values = new LinkedHashMap<>();

		void add(String path, GraphQLInputType type, @Nullable Object value) {
			if (value == null || WITHHELD.contains(lastSegment(path))) {
				return;
			}
			GraphQLType unwrapped = GraphQLTypeUtil.unwrapNonNull(type);
			if (unwrapped instanceof GraphQLList list && value instanceof List<?> items) {
				for (int index = 0; index < items.size(); index++) {
					add(path + "." + index, (GraphQLInputType) list.getWrappedType(), items.get(index));
				}
				return;
			}
			if (unwrapped instanceof GraphQLInputObjectType object && value instanceof Map<?, ?> fields) {
				for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
					add(path + "." + field.getName(), field.getType(), fields.get(field.getName()));
				}
				return;
			}
			addScalar(path, unwrapped, value);
		}

		private void addScalar(String path, GraphQLType type, Object value) {
			boolean id = type instanceof GraphQLScalarType scalar && "ID".equals(scalar.getName());
			if (id) {
				this.ids.add(String.valueOf(value));
			}
			if (value instanceof String text && !id && text.length() > MAX_STRING_LENGTH) {
				return;
			}
			boolean shown = value instanceof String || value instanceof Number || value instanceof Boolean;
			if (shown && this.values.size() < MAX_VALUES) {
				this.values.put(path, value);
			}
		}

		private static String lastSegment(String path) {
			return path.substring(path.lastIndexOf('.') + 1);
		}

		List<String> ids() {
			return this.ids;
		}

		Map<String, Object> values() {
			return this.values;
		}

	}

}
