package app.briefings.graphql;

import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;

import org.springframework.graphql.execution.DataLoaderRegistrar;

/**
 * One data loader of each name the registrars declare, made once, from which each
 * operation makes its own loader with its own batch context: the batch function and
 * options stay those the registrar chose.
 */
final class DataLoaderTemplates {

	private final Map<String, DataLoader<?, ?>> byName;

	private DataLoaderTemplates(Map<String, DataLoader<?, ?>> byName) {
		this.byName = byName;
	}

	static DataLoaderTemplates of(List<DataLoaderRegistrar> registrars) {
		DataLoaderRegistry registry = new DataLoaderRegistry();
		GraphQLContext unused = GraphQLContext.newContext().build();
		for (DataLoaderRegistrar registrar : registrars) {
			registrar.registerDataLoaders(registry, unused);
		}

		return new DataLoaderTemplates(Map.copyOf(registry.getDataLoadersMap()));
	}

	boolean has(String name) {
		return this.byName.containsKey(name);
	}

	int size() {
		return this.byName.size();
	}

	/**
	 * A new loader of the given name whose batch function sees the given context, as a
	 * loader registered for that operation would.
	 */
	DataLoader<?, ?> newLoader(String name, Object context) {
		DataLoader<?, ?> template = this.byName.get(name);
		if (template == null) {
			throw new IllegalArgumentException("No data loader named '" + name + "'");
		}
		return template.transform((builder) -> builder.options(
				template.getOptions().transform((options) -> options.setBatchLoaderContextProvider(() -> context))));
	}

}
