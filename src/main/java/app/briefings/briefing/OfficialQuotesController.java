package app.briefings.briefing;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import app.briefings.graphql.paging.Connection;
import app.briefings.graphql.paging.Edge;
import app.briefings.graphql.paging.PageRequest;
import app.briefings.graphql.paging.TotalCount;
import app.briefings.official.Official;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * The quotes of an official, newest first, each with the briefing it comes from. Like
 * {@link EntityBriefingsController}, data loaders keyed by official and page fetch every
 * page, and every count, of a request together.
 */
@Controller
class OfficialQuotesController {

	private static final String PAGES = "officialQuotes";

	private static final String COUNTS = "officialQuotesCount";

	OfficialQuotesController(BatchLoaderRegistry registry, BriefingRepository briefings) {
		registry.<OfficialQuotesKey, List<QuoteInBriefing>>forName(PAGES)
			.registerMappedBatchLoader(
					(keys, environment) -> Mono.fromCallable(() -> briefings.findQuotePages(List.copyOf(keys))));
		registry.<String, Integer>forName(COUNTS)
			.registerMappedBatchLoader(
					(keys, environment) -> Mono.fromCallable(() -> briefings.countQuotes(List.copyOf(keys))));
	}

	@SchemaMapping(typeName = "Official", field = "quotes")
	CompletableFuture<Connection<QuoteInBriefing>> quotes(Official official, PageRequest page,
			DataFetchingEnvironment environment) {
		DataLoader<OfficialQuotesKey, List<QuoteInBriefing>> loader = environment.getDataLoader(PAGES);
		TotalCount totalCount = (countEnvironment) -> countEnvironment.<String, Integer>getDataLoader(COUNTS)
			.load(official.id());
		return loader.load(new OfficialQuotesKey(official.id(), page))
			.thenApply((fetched) -> Connection.of(fetched, page, (quote) -> quote.position().encode(), totalCount));
	}

	@SchemaMapping(typeName = "OfficialQuoteEdge", field = "node")
	Quote node(Edge<QuoteInBriefing> edge) {
		return edge.node().quote();
	}

	@SchemaMapping(typeName = "OfficialQuoteEdge", field = "briefing")
	Briefing briefing(Edge<QuoteInBriefing> edge) {
		return edge.node().briefing();
	}

}
