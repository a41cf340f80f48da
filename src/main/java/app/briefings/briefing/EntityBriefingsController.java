package app.briefings.briefing;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import app.briefings.graphql.Connection;
import app.briefings.graphql.PageRequest;
import app.briefings.official.Official;
import app.briefings.operation.Operation;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * The briefings of an official or an operation, paged. {@code @BatchMapping} cannot take
 * field arguments, so a data loader keyed by entity and page fetches every page of a
 * request together.
 */
@Controller
class EntityBriefingsController {

	private static final String LOADER = "entityBriefings";

	EntityBriefingsController(BatchLoaderRegistry registry, BriefingRepository briefings) {
		registry.<EntityBriefingsKey, List<Briefing>>forName(LOADER)
			.registerMappedBatchLoader(
					(keys, environment) -> Mono.fromCallable(() -> briefings.findPagesMentioning(List.copyOf(keys))));
	}

	@SchemaMapping(typeName = "Official", field = "briefings")
	CompletableFuture<Connection<Briefing>> officialBriefings(Official official, @Argument @Nullable Integer first,
			@Argument @Nullable String after, DataFetchingEnvironment environment) {
		return load(new EntityBriefingsKey(MentionedEntityType.OFFICIAL, official.id(), PageRequest.of(first, after)),
				environment);
	}

	@SchemaMapping(typeName = "Operation", field = "briefings")
	CompletableFuture<Connection<Briefing>> operationBriefings(Operation operation, @Argument @Nullable Integer first,
			@Argument @Nullable String after, DataFetchingEnvironment environment) {
		return load(new EntityBriefingsKey(MentionedEntityType.OPERATION, operation.id(), PageRequest.of(first, after)),
				environment);
	}

	private static CompletableFuture<Connection<Briefing>> load(EntityBriefingsKey key,
			DataFetchingEnvironment environment) {
		DataLoader<EntityBriefingsKey, List<Briefing>> loader = environment.getDataLoader(LOADER);
		return loader.load(key).thenApply((fetched) -> Connection.forward(fetched, key.page(), FeedCursor::of));
	}

}
