package app.briefings.graphql;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;
import org.dataloader.instrumentation.DataLoaderInstrumentation;
import org.jspecify.annotations.Nullable;

/**
 * The data loaders of one operation, each made the first time a field asks for it by
 * name. A registry filled up front holds a loader for every batch mapping of the schema
 * whether the operation uses them or not, and a subscription keeps its registry for as
 * long as it lives; this one holds only the loaders that were used.
 * {@link #getDataLoaders()} and {@link #getKeys()} therefore list the loaders made so
 * far, which is what dispatching needs.
 */
final class OnDemandDataLoaderRegistry extends DataLoaderRegistry {

	private final DataLoaderTemplates templates;

	private final Object context;

	OnDemandDataLoaderRegistry(DataLoaderTemplates templates, Object context, Map<String, DataLoader<?, ?>> registered,
			@Nullable DataLoaderInstrumentation instrumentation) {
		super(new ConcurrentHashMap<>(registered), instrumentation);
		this.templates = templates;
		this.context = context;
	}

	@Override
	@SuppressWarnings("unchecked")
	public <K, V> @Nullable DataLoader<K, V> getDataLoader(String key) {
		DataLoader<?, ?> loader = this.dataLoaders.get(key);
		if (loader != null) {
			return (DataLoader<K, V>) loader;
		}
		if (!this.templates.has(key)) {
			return null;
		}
		return computeIfAbsent(key, (name) -> this.templates.newLoader(name, this.context));
	}

}
