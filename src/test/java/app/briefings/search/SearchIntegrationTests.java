package app.briefings.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import app.briefings.IntegrationTest;
import app.briefings.TestMongo;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code search} query over HTTP, on the sample page and on documents ingested
 * through the mutation.
 */
@IntegrationTest
class SearchIntegrationTests {

	private static final String OP_ED = "Terrorism can only be countered mutually";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	SearchIndexRebuilder rebuilder;

	@Autowired
	SearchIndex index;

	@Autowired
	MongoOperations mongo;

	private GraphQlTester.Response search(String query, Map<String, Object> variables) {
		GraphQlTester.Request<?> request = this.graphQl.documentName("search").variable("query", query);
		for (Map.Entry<String, Object> variable : variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		return request.execute();
	}

	/**
	 * The titles found among the sample page's briefings: other tests of the shared
	 * application seed many short briefings quoting a speaker named Zas, which rank above
	 * the long op-ed.
	 */
	private List<String> sampleTitlesFound(String query) {
		Map<String, Object> samplePage = Map.of("filter", Map.of("sources", List.of("Sample page")));
		return search(query, samplePage).path("search.edges[*].node.title").entityList(String.class).get();
	}

	@Test
	void shouldFindTheOpEdByItsAuthorsNameInCyrillic() {
		assertThat(sampleTitlesFound("Зась")).containsExactly(OP_ED);
		assertThat(sampleTitlesFound("Засе")).containsExactly(OP_ED);
	}

	@Test
	void shouldFindTheOpEdByAWordAndHighlightIt() {
		GraphQlTester.Response response = search("terrorism", Map.of("first", 1));
		response.path("search.edges[0].node.title").entity(String.class).isEqualTo(OP_ED);
		response.path("search.edges[0].snippets[0].field").entity(String.class).isEqualTo("title");
		String title = response.path("search.edges[0].snippets[0].text").entity(String.class).get();
		int start = response.path("search.edges[0].snippets[0].highlights[0].start").entity(Integer.class).get();
		int end = response.path("search.edges[0].snippets[0].highlights[0].end").entity(Integer.class).get();
		assertThat(title.substring(start, end)).isEqualTo("Terrorism");
		response.path("search.edges[0].snippets[1].field").entity(String.class).isEqualTo("body");
	}

	@Test
	void shouldFindTheBriefingsAboutTasmagambetovByHisNameInCyrillic() {
		GraphQlTester.Response response = search("Тасмагамбетов", Map.of());
		int found = response.path("search.edges").entityList(Object.class).get().size();
		assertThat(found).isGreaterThanOrEqualTo(3);
		for (int i = 0; i < found; i++) {
			response.path("search.edges[" + i + "].node.officials[*].name")
				.entityList(String.class)
				.contains("Imangali Tasmagambetov");
		}
		response.path("search.edges[*].node.title").entityList(String.class).doesNotContain(OP_ED);
	}

	/**
	 * Dated before everything else in the shared application, so the feed tests still see
	 * their own briefings first. On the embedded server the in-process change feed
	 * indexes before the ingestion returns; on a replica set the change stream indexes
	 * shortly after, so the search is repeated until it finds the document or 30 s pass.
	 */
	@Test
	void shouldFindADocumentAsSoonAsItsIngestionReturns() {
		String text = "Uzbek Interior Minister Pulat Bobojonov said that smugglers used xylofrondia drones near Termez.";
		this.graphQl.mutate()
			.header("Authorization", "Bearer " + IntegrationTest.API_KEY)
			.build()
			.documentName("ingestDocument")
			.variable("input", Map.of("text", text, "publishedAt", "2019-05-05", "externalId", "search-1"))
			.execute()
			.path("ingestDocument.duplicate")
			.entity(Boolean.class)
			.isEqualTo(false);
		searchOnceIndexed("xylofrondia").path("search.edges[*].node.id")
			.entityList(String.class)
			.hasSize(1)
			.path("search.edges[0].snippets[*].text")
			.entityList(String.class)
			.contains(text.strip());
	}

	private GraphQlTester.Response searchOnceIndexed(String query) {
		GraphQlTester.Response response = search(query, Map.of());
		if (!TestMongo.usesDocker()) {
			return response;
		}
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (response.path("search.edges").entityList(Object.class).get().isEmpty() && System.nanoTime() < deadline) {
			LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
			response = search(query, Map.of());
		}
		return response;
	}

	@Test
	void shouldNarrowASearchWithTheFeedFilter() {
		String zas = search("Zas", Map.of()).path("search.edges[0].node.officials[?(@.name == 'Stanislav Zas')].id")
			.entityList(String.class)
			.get()
			.get(0);
		GraphQlTester.Response filtered = search("CSTO",
				Map.of("first", 100, "filter", Map.of("officials", List.of(zas))));
		filtered.path("search.edges[*].node.title").entityList(String.class).contains(OP_ED);
		int hits = filtered.path("search.edges").entityList(Object.class).get().size();
		filtered.path("search.edges[*].node.officials[?(@.name == 'Stanislav Zas')].id")
			.entityList(String.class)
			.hasSize(hits);
		GraphQlTester.Response unfiltered = search("CSTO", Map.of("first", 100));
		int unfilteredHits = unfiltered.path("search.edges").entityList(Object.class).get().size();
		int unfilteredWithZas = unfiltered.path("search.edges[*].node.officials[?(@.name == 'Stanislav Zas')].id")
			.entityList(String.class)
			.get()
			.size();
		assertThat(unfilteredWithZas).as("the unfiltered search also finds briefings without Zas")
			.isLessThan(unfilteredHits);
	}

	@Test
	void shouldPageThroughTheHitsWithoutRepeats() {
		List<String> all = search("CSTO", Map.of("first", 100)).path("search.edges[*].node.id")
			.entityList(String.class)
			.get();
		List<String> paged = new ArrayList<>();
		String after = null;
		for (int page = 0; page < all.size(); page++) {
			GraphQlTester.Response response = search("CSTO",
					(after != null) ? Map.of("first", 1, "after", after) : Map.of("first", 1));
			paged.addAll(response.path("search.edges[*].node.id").entityList(String.class).get());
			after = response.path("search.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(all).hasSizeGreaterThanOrEqualTo(4);
		assertThat(paged).containsExactlyElementsOf(all);
	}

	@Test
	void shouldRebuildTheIndexFromMongoDb() {
		long published = this.mongo.count(new Query(Criteria.where("status").is("PUBLISHED")), "briefings");
		this.index.clear();
		assertThat(sampleTitlesFound("Зась")).isEmpty();
		this.rebuilder.rebuild();
		assertThat(this.index.count()).isEqualTo(published).isGreaterThanOrEqualTo(4);
		assertThat(sampleTitlesFound("Зась")).containsExactly(OP_ED);
	}

	@Test
	void shouldRefuseABlankOrOverlongQuery() {
		for (String query : List.of("   ", "x".repeat(201))) {
			search(query, Map.of()).errors()
				.satisfy((errors) -> assertThat(errors).singleElement()
					.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT")
						.containsEntry("field", "query")));
		}
	}

	@Test
	void shouldRefuseAGarbageCursor() {
		search("CSTO", Map.of("after", "not-a-cursor")).errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "INVALID_CURSOR")));
	}

	@Test
	void shouldAnswerRebuildingWhileTheIndexIsRebuiltAndResultsAfter() {
		this.index.rebuildStarted();
		try {
			search("Зась", Map.of()).errors()
				.satisfy((errors) -> assertThat(errors).singleElement()
					.satisfies((error) -> assertThat(error.getExtensions())
						.containsEntry("code", "SEARCH_INDEX_REBUILDING")
						.containsEntry("classification", "INTERNAL_ERROR")));
			assertThat(this.index.rebuilding()).isTrue();
		}
		finally {
			this.index.rebuildFinished();
		}
		assertThat(sampleTitlesFound("Зась")).containsExactly(OP_ED);
	}

}
