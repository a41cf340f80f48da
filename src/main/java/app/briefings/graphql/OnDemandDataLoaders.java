package app.briefings.graphql;

import java.util.List;
import java.util.function.Supplier;

import graphql.GraphQLContext;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import org.dataloader.DataLoaderRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.execution.DataLoaderRegistrar;
import org.springframework.util.function.SingletonSupplier;

/**
 * Gives each operation an {@link OnDemandDataLoaderRegistry}, so that its data loaders
 * are made when a field first uses them, and an idle subscription holds none. It acts
 * once the execution context is built, after every instrumentation of the execution
 * input: the observation instrumentation copies the input's registry into one of its own,
 * and its loader instrumentation is kept for the loaders made later. The registry is also
 * kept in the operation's {@link GraphQLContext} ({@link #registryOf}).
 */
final class OnDemandDataLoaders extends SimplePerformantInstrumentation {

	private static final String REGISTRY = OnDemandDataLoaders.class.getName() + ".registry";

	private final Supplier<DataLoaderTemplates> templates;

	OnDemandDataLoaders(List<DataLoaderRegistrar> registrars) {
		this.templates = SingletonSupplier.of(() -> DataLoaderTemplates.of(registrars));
	}

	@Override
	public ExecutionContext instrumentExecutionContext(ExecutionContext context,
			InstrumentationExecutionParameters parameters, @Nullable InstrumentationState state) {
		DataLoaderRegistry current = context.getDataLoaderRegistry();
		if (current instanceof OnDemandDataLoaderRegistry) {
			return context;
		}
		GraphQLContext graphQlContext = context.getGraphQLContext();
		OnDemandDataLoaderRegistry registry = new OnDemandDataLoaderRegistry(this.templates.get(), graphQlContext,
				current.getDataLoadersMap(), current.getInstrumentation());
		graphQlContext.put(REGISTRY, registry);
		return context.transform((builder) -> builder.dataLoaderRegistry(registry));
	}

	/** The data loader registry an operation ran with, null if none was made for it. */
	static @Nullable DataLoaderRegistry registryOf(GraphQLContext context) {
		return context.get(REGISTRY);
	}

}
