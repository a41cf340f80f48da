package app.briefings.briefing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import app.briefings.official.Official;
import app.briefings.official.OfficialRepository;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.BatchLoaderRegistry;

/**
 * The officials a request names, by id: a briefing's officials and its quotes' speakers,
 * loaded together with one {@code $in} query per batch and kept for the rest of the
 * request, so that speakers already loaded as a briefing's officials cost no second
 * query. Keys are plain ids, cheap to cache, unlike the whole records that other data
 * loaders are keyed by.
 */
final class OfficialsById {

	private static final String NAME = "officialsById";

	/**
	 * The same loader without a cache, for subscriptions: a subscription is one operation
	 * for as long as it lives, so a cached official would be served to every later event
	 * even after an editor corrected it.
	 */
	private static final String UNCACHED_NAME = "officialsByIdUncached";

	private OfficialsById() {
	}

	/**
	 * Registers the data loader; {@link BriefingController} does, as every request that
	 * reaches a briefing's officials or a quote's speaker has it.
	 */
	static void register(BatchLoaderRegistry registry, OfficialRepository officials) {
		registry.<String, Official>forName(NAME)
			.withOptions((options) -> options.setCachingEnabled(true))
			.registerMappedBatchLoader((ids, environment) -> Mono.fromCallable(() -> byId(officials.findByIdIn(ids))));
		registry.<String, Official>forName(UNCACHED_NAME)
			.withOptions((options) -> options.setCachingEnabled(false))
			.registerMappedBatchLoader((ids, environment) -> Mono.fromCallable(() -> byId(officials.findByIdIn(ids))));
	}

	/** The officials with these ids, in their order, without the ids of no official. */
	static CompletableFuture<List<Official>> many(Collection<String> ids, DataFetchingEnvironment environment) {
		if (ids.isEmpty()) {
			return CompletableFuture.completedFuture(List.of());
		}
		return loader(environment).loadMany(List.copyOf(ids)).thenApply(OfficialsById::found);
	}

	/** The official with this id, or null when there is none. */
	static CompletableFuture<@Nullable Official> one(@Nullable String id, DataFetchingEnvironment environment) {
		if (id == null) {
			return CompletableFuture.completedFuture(null);
		}
		return loader(environment).load(id);
	}

	private static DataLoader<String, Official> loader(DataFetchingEnvironment environment) {
		boolean subscription = environment.getOperationDefinition()
			.getOperation() == OperationDefinition.Operation.SUBSCRIPTION;
		String name = subscription ? UNCACHED_NAME : NAME;
		DataLoader<String, Official> loader = environment.getDataLoader(name);
		if (loader == null) {
			throw new IllegalStateException("No data loader named " + name);
		}
		return loader;
	}

	private static Map<String, Official> byId(List<Official> officials) {
		Map<String, Official> byId = new HashMap<>();
		for (Official official : officials) {
			byId.put(official.id(), official);
		}
		return byId;
	}

	private static List<Official> found(List<@Nullable Official> loaded) {
		List<Official> found = new ArrayList<>(loaded.size());
		for (Official official : loaded) {
			if (official != null) {
				found.add(official);
			}
		}
		return found;
	}

}
