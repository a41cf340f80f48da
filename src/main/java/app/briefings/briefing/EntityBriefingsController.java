package app.briefings.briefing;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import app.briefings.graphql.paging.Connection;
import app.briefings.graphql.paging.PageRequest;
import app.briefings.graphql.paging.TotalCount;
import app.briefings.official.Official;
import app.briefings.operation.Operation;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * The briefings of an official or an operation, paged. {@code @BatchMapping} cannot take
 * field arguments, so a data loader keyed by entity and page fetches every page of a
 * request together, and another counts them when {@code totalCount} is selected.
 */
@Controller
class EntityBriefingsController {

	private static final String PAGES = "entityBriefings";

	private static final String COUNTS = "entityBriefingsCount";

	EntityBriefingsController(BatchLoaderRegistry registry, BriefingRepository briefings) {
		registry.<EntityBriefingsKey, List<Briefing>>forName(PAGES)
			.registerMappedBatchLoader(
					(keys, environment) -> Mono.fromCallable(() -> briefings.findPagesMentioning(List.copyOf(keys))));
		registry.<MentionedEntity, Integer>forName(COUNTS)
			.registerMappedBatchLoader(
					(keys, environment) -> Mono.fromCallable(() -> briefings.countMentioning(List.copyOf(keys))));
	}

	@SchemaMapping(typeName = "Official", field = "briefings")
	CompletableFuture<Connection<Briefing>> officialBriefings(Official official, PageRequest page,
			DataFetchingEnvironment environment) {
		return load(new MentionedEntity(MentionedEntityType.OFFICIAL, official.id()), page, environment);
	}

	@SchemaMapping(typeName = "Operation", field = "briefings")
	CompletableFuture<Connection<Briefing>> operationBriefings(Operation operation, PageRequest page,
			DataFetchingEnvironment environment) {
		return load(new MentionedEntity(MentionedEntityType.OPERATION, operation.id()), page, environment);
	}

	private static CompletableFuture<Connection<Briefing>> load(MentionedEntity entity, PageRequest page,
			DataFetchingEnvironment environment) {
		DataLoader<EntityBriefingsKey, List<Briefing>> loader = environment.getDataLoader(PAGES);
		TotalCount totalCount = (countEnvironment) -> countEnvironment.<MentionedEntity, Integer>getDataLoader(COUNTS)
			.load(entity);
		return loader.load(new EntityBriefingsKey(entity, page))
			.thenApply((fetched) -> Connection.of(fetched, page, FeedCursor::of, totalCount));
	}

}
