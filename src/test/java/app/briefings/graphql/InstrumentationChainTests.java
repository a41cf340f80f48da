package app.briefings.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chain of instrumentations runs each hook on the instrumentations that implement it,
 * in order and with their own states, and answers as graphql-java's chain does.
 */
class InstrumentationChainTests {

	private static final GraphQLSchema SCHEMA = new SchemaGenerator()
		.makeExecutableSchema(
				new SchemaParser().parse("type Query { greeting: String, items: [Item] } type Item { name: String }"),
				RuntimeWiring.newRuntimeWiring()
					.type("Query", (type) -> type.dataFetcher("greeting", (environment) -> "hello")
						.dataFetcher("items", (environment) -> List.of(Map.of("name", "a"), Map.of("name", "b"))))
					.build());

	private static final String QUERY = "{ greeting items { name } }";

	@Test
	void shouldAnswerAsGraphQlJavasChainDoes() {
		List<Instrumentation> instrumentations = List.of(new Suffix("-1"), new OperationCounter(), new Suffix("-2"));

		ExecutionResult chained = execute(new ChainedInstrumentation(instrumentations));
		ExecutionResult selective = execute(new InstrumentationChain(instrumentations));

		assertThat(selective.toSpecification()).isEqualTo(chained.toSpecification());
		assertThat(selective.<Map<String, Object>>getData()).containsEntry("greeting", "hello-1-2");
	}

	@Test
	void shouldGiveNoFieldHookToInstrumentationsThatCheckOnlyTheOperation() {
		InstrumentationChain chain = new InstrumentationChain(List.of(new OperationCounter(), new OperationCounter()));
		InstrumentationState state = chain.createStateAsync(null).join();

		assertThat(chain.beginFieldFetching(null, state)).isSameAs(FieldFetchingInstrumentationContext.NOOP);
	}

	@Test
	void shouldRunEachHookOnTheInstrumentationsThatImplementIt() {
		OperationCounter operations = new OperationCounter();
		FieldRecorder fields = new FieldRecorder();
		LegacyFieldRecorder legacyFields = new LegacyFieldRecorder();

		ExecutionResult result = execute(new InstrumentationChain(List.of(operations, fields, legacyFields)));

		assertThat(result.getErrors()).isEmpty();
		assertThat(operations.operations).isEqualTo(1);
		assertThat(fields.fetched).containsExactlyInAnyOrder("greeting", "items", "name", "name");
		assertThat(legacyFields.fetched).as("through the deprecated hook")
			.containsExactlyInAnyOrder("greeting", "items", "name", "name");
	}

	@Test
	void shouldHandEachInstrumentationItsOwnState() {
		StateKeeper first = new StateKeeper();
		StateKeeper second = new StateKeeper();

		execute(new InstrumentationChain(List.of(first, new OperationCounter(), second)));

		assertThat(first.seen).containsExactly(first.created);
		assertThat(second.seen).containsExactly(second.created);
		assertThat(first.created).isNotSameAs(second.created);
	}

	@Test
	void shouldChangeTheResultInOrder() {
		ExecutionResult result = execute(
				new InstrumentationChain(List.of(new ResultMarker("first"), new ResultMarker("second"))));

		assertThat(result.getExtensions()).containsEntry("marks", List.of("first", "second"));
	}

	private static ExecutionResult execute(Instrumentation instrumentation) {
		return GraphQL.newGraphQL(SCHEMA).instrumentation(instrumentation).build().execute(QUERY);
	}

	/** Checks each operation once, as the query limits and the budget do. */
	static class OperationCounter extends SimplePerformantInstrumentation {

		int operations;

		@Override
		public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
				InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
			this.operations++;
			return super.beginExecuteOperation(parameters, state);
		}

	}

	/** Appends its suffix to the greeting. */
	static class Suffix extends SimplePerformantInstrumentation {

		private final String suffix;

		Suffix(String suffix) {
			this.suffix = suffix;
		}

		@Override
		public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
				InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
			if (!parameters.getField().getName().equals("greeting")) {
				return dataFetcher;
			}
			return (environment) -> dataFetcher.get(environment) + this.suffix;
		}

	}

	/** Records the fields fetched. */
	static class FieldRecorder extends SimplePerformantInstrumentation {

		final List<String> fetched = new ArrayList<>();

		@Override
		public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
				InstrumentationState state) {
			this.fetched.add(parameters.getField().getName());
			return FieldFetchingInstrumentationContext.NOOP;
		}

	}

	/** Records the fields fetched through the hook graphql-java deprecated. */
	static class LegacyFieldRecorder extends SimplePerformantInstrumentation {

		final List<String> fetched = new ArrayList<>();

		@Override
		@SuppressWarnings("deprecation")
		public @Nullable InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters parameters,
				InstrumentationState state) {
			this.fetched.add(parameters.getField().getName());
			return super.beginFieldFetch(parameters, state);
		}

	}

	/** Makes a state per operation and records the state each operation hands back. */
	static class StateKeeper extends SimplePerformantInstrumentation {

		@Nullable InstrumentationState created;

		final List<@Nullable InstrumentationState> seen = new ArrayList<>();

		@Override
		public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
			this.created = new InstrumentationState() {
			};
			return this.created;
		}

		@Override
		public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
				InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
			this.seen.add(state);
			return super.beginExecuteOperation(parameters, state);
		}

	}

	/** Adds its mark to the result's extensions. */
	static class ResultMarker extends SimplePerformantInstrumentation {

		private final String mark;

		ResultMarker(String mark) {
			this.mark = mark;
		}

		@Override
		public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult executionResult,
				InstrumentationExecutionParameters parameters, InstrumentationState state) {
			List<Object> marks = new ArrayList<>();
			if (executionResult.getExtensions() != null
					&& executionResult.getExtensions().get("marks") instanceof List<?> earlier) {
				marks.addAll(earlier);
			}
			marks.add(this.mark);
			return CompletableFuture
				.completedFuture(executionResult.transform((builder) -> builder.extensions(Map.of("marks", marks))));
		}

	}

}
