package app.briefings.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.execution.ExecutionContext;
import graphql.execution.FieldValueInfo;
import graphql.execution.instrumentation.DocumentAndVariables;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.ExecutionStrategyInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentation;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.execution.instrumentation.parameters.InstrumentationReactiveResultsParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import org.jspecify.annotations.Nullable;

/**
 * The application's instrumentations run as one, in their order and with their own
 * states, as graphql-java's {@code ChainedInstrumentation} runs them, except that each
 * hook goes only to the instrumentations that implement it. Most of them check an
 * operation once; a chain that asks every one of them at every field builds a list of
 * do-nothing contexts per field and hook, and so cost more CPU on a feed page than
 * everything else in the GraphQL engine. A hook an instrumentation inherits from
 * {@link Instrumentation}, {@link SimplePerformantInstrumentation} or
 * {@link SimpleInstrumentation} does nothing, so leaving it out changes nothing.
 */
final class InstrumentationChain implements Instrumentation {

	private static final Set<Class<?>> DOING_NOTHING = Set.of(Instrumentation.class,
			SimplePerformantInstrumentation.class, SimpleInstrumentation.class);

	private final List<Instrumentation> instrumentations;

	private final int[] creatingState;

	private final int[] beginningExecution;

	private final int[] beginningParse;

	private final int[] beginningValidation;

	private final int[] beginningOperation;

	private final int[] beginningReactiveResults;

	private final int[] beginningStrategy;

	private final int[] beginningObject;

	private final int[] beginningDeferredField;

	private final int[] beginningSubscribedEvent;

	private final int[] beginningFieldExecution;

	private final int[] beginningFieldFetching;

	private final int[] beginningFieldCompletion;

	private final int[] beginningFieldListCompletion;

	private final int[] changingInput;

	private final int[] changingDocument;

	private final int[] changingSchema;

	private final int[] changingContext;

	private final int[] changingDataFetcher;

	private final int[] changingResult;

	InstrumentationChain(List<? extends Instrumentation> instrumentations) {
		this.instrumentations = List.copyOf(instrumentations);
		Class<?> state = InstrumentationState.class;
		Class<?> execution = InstrumentationExecutionParameters.class;
		Class<?> strategy = InstrumentationExecutionStrategyParameters.class;
		Class<?> field = InstrumentationFieldParameters.class;
		Class<?> fetch = InstrumentationFieldFetchParameters.class;
		Class<?> completion = InstrumentationFieldCompleteParameters.class;
		this.creatingState = implementing(new Hook("createStateAsync", InstrumentationCreateStateParameters.class),
				new Hook("createState", InstrumentationCreateStateParameters.class));
		this.beginningExecution = implementing(new Hook("beginExecution", execution, state));
		this.beginningParse = implementing(new Hook("beginParse", execution, state));
		this.beginningValidation = implementing(
				new Hook("beginValidation", InstrumentationValidationParameters.class, state));
		this.beginningOperation = implementing(
				new Hook("beginExecuteOperation", InstrumentationExecuteOperationParameters.class, state));
		this.beginningReactiveResults = implementing(
				new Hook("beginReactiveResults", InstrumentationReactiveResultsParameters.class, state));
		this.beginningStrategy = implementing(new Hook("beginExecutionStrategy", strategy, state));
		this.beginningObject = implementing(new Hook("beginExecuteObject", strategy, state));
		this.beginningDeferredField = implementing(new Hook("beginDeferredField", field, state));
		this.beginningSubscribedEvent = implementing(new Hook("beginSubscribedFieldEvent", field, state));
		this.beginningFieldExecution = implementing(new Hook("beginFieldExecution", field, state));
		this.beginningFieldFetching = implementing(new Hook("beginFieldFetching", fetch, state),
				new Hook("beginFieldFetch", fetch, state));
		this.beginningFieldCompletion = implementing(new Hook("beginFieldCompletion", completion, state));
		this.beginningFieldListCompletion = implementing(new Hook("beginFieldListCompletion", completion, state));
		this.changingInput = implementing(new Hook("instrumentExecutionInput", ExecutionInput.class, execution, state));
		this.changingDocument = implementing(
				new Hook("instrumentDocumentAndVariables", DocumentAndVariables.class, execution, state));
		this.changingSchema = implementing(new Hook("instrumentSchema", GraphQLSchema.class, execution, state));
		this.changingContext = implementing(
				new Hook("instrumentExecutionContext", ExecutionContext.class, execution, state));
		this.changingDataFetcher = implementing(new Hook("instrumentDataFetcher", DataFetcher.class, fetch, state));
		this.changingResult = implementing(
				new Hook("instrumentExecutionResult", ExecutionResult.class, execution, state));
	}

	/** The instrumentations in the order they run. */
	List<Instrumentation> instrumentations() {
		return this.instrumentations;
	}

	private int[] implementing(Hook... hooks) {
		int[] members = new int[this.instrumentations.size()];
		int count = 0;
		for (int i = 0; i < this.instrumentations.size(); i++) {
			if (implementsAny(this.instrumentations.get(i), hooks)) {
				members[count++] = i;
			}
		}
		int[] implementing = new int[count];
		System.arraycopy(members, 0, implementing, 0, count);
		return implementing;
	}

	private static boolean implementsAny(Instrumentation instrumentation, Hook... hooks) {
		for (Hook hook : hooks) {
			if (!DOING_NOTHING.contains(hook.declaredBy(instrumentation.getClass()))) {
				return true;
			}
		}
		return false;
	}

	@Override
	public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
		int size = this.instrumentations.size();
		@SuppressWarnings("unchecked")
		CompletableFuture<InstrumentationState>[] states = new CompletableFuture[size];
		for (int i = 0; i < size; i++) {
			states[i] = CompletableFuture.completedFuture(null);
		}
		for (int member : this.creatingState) {
			CompletableFuture<InstrumentationState> state = this.instrumentations.get(member)
				.createStateAsync(parameters);
			if (state != null) {
				states[member] = state;
			}
		}
		return CompletableFuture.allOf(states).thenApply((done) -> {
			InstrumentationState[] joined = new InstrumentationState[size];
			for (int i = 0; i < size; i++) {
				joined[i] = states[i].join();
			}
			return new States(joined);
		});
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		return contexts(this.beginningExecution, state,
				(instrumentation, own) -> instrumentation.beginExecution(parameters, own));
	}

	@Override
	public InstrumentationContext<Document> beginParse(InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		return contexts(this.beginningParse, state,
				(instrumentation, own) -> instrumentation.beginParse(parameters, own));
	}

	@Override
	public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
			InstrumentationState state) {
		return contexts(this.beginningValidation, state,
				(instrumentation, own) -> instrumentation.beginValidation(parameters, own));
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		return contexts(this.beginningOperation, state,
				(instrumentation, own) -> instrumentation.beginExecuteOperation(parameters, own));
	}

	@Override
	public InstrumentationContext<Void> beginReactiveResults(InstrumentationReactiveResultsParameters parameters,
			InstrumentationState state) {
		return contexts(this.beginningReactiveResults, state,
				(instrumentation, own) -> instrumentation.beginReactiveResults(parameters, own));
	}

	@Override
	public ExecutionStrategyInstrumentationContext beginExecutionStrategy(
			InstrumentationExecutionStrategyParameters parameters, InstrumentationState state) {
		List<ExecutionStrategyInstrumentationContext> contexts = each(this.beginningStrategy, state,
				(instrumentation, own) -> instrumentation.beginExecutionStrategy(parameters, own));
		if (contexts.isEmpty()) {
			return ExecutionStrategyInstrumentationContext.NOOP;
		}
		return (contexts.size() == 1) ? contexts.get(0) : new StrategyContexts(contexts);
	}

	@Override
	public ExecuteObjectInstrumentationContext beginExecuteObject(InstrumentationExecutionStrategyParameters parameters,
			InstrumentationState state) {
		List<ExecuteObjectInstrumentationContext> contexts = each(this.beginningObject, state,
				(instrumentation, own) -> instrumentation.beginExecuteObject(parameters, own));
		if (contexts.isEmpty()) {
			return ExecuteObjectInstrumentationContext.NOOP;
		}
		return (contexts.size() == 1) ? contexts.get(0) : new ObjectContexts(contexts);
	}

	@Override
	public InstrumentationContext<Object> beginDeferredField(InstrumentationFieldParameters parameters,
			InstrumentationState state) {
		return contexts(this.beginningDeferredField, state,
				(instrumentation, own) -> instrumentation.beginDeferredField(parameters, own));
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginSubscribedFieldEvent(InstrumentationFieldParameters parameters,
			InstrumentationState state) {
		return contexts(this.beginningSubscribedEvent, state,
				(instrumentation, own) -> instrumentation.beginSubscribedFieldEvent(parameters, own));
	}

	@Override
	public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters,
			InstrumentationState state) {
		return contexts(this.beginningFieldExecution, state,
				(instrumentation, own) -> instrumentation.beginFieldExecution(parameters, own));
	}

	@Override
	@SuppressWarnings("deprecation")
	public InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		return contexts(this.beginningFieldFetching, state,
				(instrumentation, own) -> instrumentation.beginFieldFetch(parameters, own));
	}

	@Override
	public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		List<FieldFetchingInstrumentationContext> contexts = each(this.beginningFieldFetching, state,
				(instrumentation, own) -> instrumentation.beginFieldFetching(parameters, own));
		if (contexts.isEmpty()) {
			return FieldFetchingInstrumentationContext.NOOP;
		}
		return (contexts.size() == 1) ? contexts.get(0) : new FetchingContexts(contexts);
	}

	@Override
	public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
			InstrumentationState state) {
		return contexts(this.beginningFieldCompletion, state,
				(instrumentation, own) -> instrumentation.beginFieldCompletion(parameters, own));
	}

	@Override
	public InstrumentationContext<Object> beginFieldListCompletion(InstrumentationFieldCompleteParameters parameters,
			InstrumentationState state) {
		return contexts(this.beginningFieldListCompletion, state,
				(instrumentation, own) -> instrumentation.beginFieldListCompletion(parameters, own));
	}

	@Override
	public ExecutionInput instrumentExecutionInput(ExecutionInput executionInput,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		ExecutionInput input = executionInput;
		for (int member : this.changingInput) {
			input = this.instrumentations.get(member).instrumentExecutionInput(input, parameters, own(state, member));
		}
		return input;
	}

	@Override
	public DocumentAndVariables instrumentDocumentAndVariables(DocumentAndVariables documentAndVariables,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		DocumentAndVariables document = documentAndVariables;
		for (int member : this.changingDocument) {
			document = this.instrumentations.get(member)
				.instrumentDocumentAndVariables(document, parameters, own(state, member));
		}
		return document;
	}

	@Override
	public GraphQLSchema instrumentSchema(GraphQLSchema schema, InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		GraphQLSchema instrumented = schema;
		for (int member : this.changingSchema) {
			instrumented = this.instrumentations.get(member)
				.instrumentSchema(instrumented, parameters, own(state, member));
		}
		return instrumented;
	}

	@Override
	public ExecutionContext instrumentExecutionContext(ExecutionContext executionContext,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		ExecutionContext context = executionContext;
		for (int member : this.changingContext) {
			context = this.instrumentations.get(member)
				.instrumentExecutionContext(context, parameters, own(state, member));
		}
		return context;
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
			InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
		DataFetcher<?> fetcher = dataFetcher;
		for (int member : this.changingDataFetcher) {
			fetcher = this.instrumentations.get(member).instrumentDataFetcher(fetcher, parameters, own(state, member));
		}
		return fetcher;
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult executionResult,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		CompletableFuture<ExecutionResult> result = CompletableFuture.completedFuture(executionResult);
		for (int member : this.changingResult) {
			Instrumentation instrumentation = this.instrumentations.get(member);
			InstrumentationState own = own(state, member);
			result = result
				.thenCompose((previous) -> instrumentation.instrumentExecutionResult(previous, parameters, own));
		}
		return result;
	}

	private <T> InstrumentationContext<T> contexts(int[] members, InstrumentationState state,
			BiFunction<Instrumentation, @Nullable InstrumentationState, @Nullable InstrumentationContext<T>> begin) {
		List<InstrumentationContext<T>> contexts = each(members, state, begin);
		if (contexts.isEmpty()) {
			return SimpleInstrumentationContext.noOp();
		}
		return (contexts.size() == 1) ? contexts.get(0) : new Contexts<>(contexts);
	}

	private <C> List<C> each(int[] members, InstrumentationState state,
			BiFunction<Instrumentation, @Nullable InstrumentationState, @Nullable C> begin) {
		if (members.length == 0) {
			return List.of();
		}
		List<C> contexts = new ArrayList<>(members.length);
		for (int member : members) {
			C context = begin.apply(this.instrumentations.get(member), own(state, member));
			if (context != null) {
				contexts.add(context);
			}
		}
		return contexts;
	}

	private static @Nullable InstrumentationState own(@Nullable InstrumentationState state, int member) {
		return (state instanceof States states) ? states.of(member) : null;
	}

	/** A hook by its name and parameter types. */
	private record Hook(String name, Class<?>... parameters) {

		Class<?> declaredBy(Class<?> type) {
			try {
				return type.getMethod(this.name, this.parameters).getDeclaringClass();
			}
			catch (NoSuchMethodException ex) {
				throw new IllegalStateException("Instrumentation has no hook " + this.name, ex);
			}
		}

	}

	/** Each instrumentation's own state, by its place in the chain. */
	private record States(@Nullable InstrumentationState[] states) implements InstrumentationState {

		@Nullable InstrumentationState of(int member) {
			return this.states[member];
		}

	}

	/** The contexts several instrumentations returned for one hook. */
	private record Contexts<T>(List<InstrumentationContext<T>> contexts) implements InstrumentationContext<T> {

		@Override
		public void onDispatched() {
			for (InstrumentationContext<T> context : this.contexts) {
				context.onDispatched();
			}
		}

		@Override
		public void onCompleted(@Nullable T result, @Nullable Throwable failure) {
			for (InstrumentationContext<T> context : this.contexts) {
				context.onCompleted(result, failure);
			}
		}

	}

	/** The contexts several instrumentations returned for the start of a strategy. */
	private record StrategyContexts(
			List<ExecutionStrategyInstrumentationContext> contexts) implements ExecutionStrategyInstrumentationContext {

		@Override
		public void onDispatched() {
			for (ExecutionStrategyInstrumentationContext context : this.contexts) {
				context.onDispatched();
			}
		}

		@Override
		public void onCompleted(@Nullable ExecutionResult result, @Nullable Throwable failure) {
			for (ExecutionStrategyInstrumentationContext context : this.contexts) {
				context.onCompleted(result, failure);
			}
		}

		@Override
		public void onFieldValuesInfo(List<FieldValueInfo> fieldValueInfos) {
			for (ExecutionStrategyInstrumentationContext context : this.contexts) {
				context.onFieldValuesInfo(fieldValueInfos);
			}
		}

		@Override
		public void onFieldValuesException() {
			for (ExecutionStrategyInstrumentationContext context : this.contexts) {
				context.onFieldValuesException();
			}
		}

	}

	/** The contexts several instrumentations returned for the start of an object. */
	private record ObjectContexts(
			List<ExecuteObjectInstrumentationContext> contexts) implements ExecuteObjectInstrumentationContext {

		@Override
		public void onDispatched() {
			for (ExecuteObjectInstrumentationContext context : this.contexts) {
				context.onDispatched();
			}
		}

		@Override
		public void onCompleted(@Nullable Map<String, Object> result, @Nullable Throwable failure) {
			for (ExecuteObjectInstrumentationContext context : this.contexts) {
				context.onCompleted(result, failure);
			}
		}

		@Override
		public void onFieldValuesInfo(List<FieldValueInfo> fieldValueInfos) {
			for (ExecuteObjectInstrumentationContext context : this.contexts) {
				context.onFieldValuesInfo(fieldValueInfos);
			}
		}

		@Override
		public void onFieldValuesException() {
			for (ExecuteObjectInstrumentationContext context : this.contexts) {
				context.onFieldValuesException();
			}
		}

	}

	/** The contexts several instrumentations returned for fetching one field. */
	private record FetchingContexts(
			List<FieldFetchingInstrumentationContext> contexts) implements FieldFetchingInstrumentationContext {

		@Override
		public void onDispatched() {
			for (FieldFetchingInstrumentationContext context : this.contexts) {
				context.onDispatched();
			}
		}

		@Override
		public void onFetchedValue(@Nullable Object fetchedValue) {
			for (FieldFetchingInstrumentationContext context : this.contexts) {
				context.onFetchedValue(fetchedValue);
			}
		}

		@Override
		public void onCompleted(@Nullable Object result, @Nullable Throwable failure) {
			for (FieldFetchingInstrumentationContext context : this.contexts) {
				context.onCompleted(result, failure);
			}
		}

	}

}
