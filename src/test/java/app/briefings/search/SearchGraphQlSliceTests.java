package app.briefings.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingStatus;
import app.briefings.briefing.DateSource;
import app.briefings.briefing.FeedCriteria;
import app.briefings.briefing.FeedFilters;
import app.briefings.briefing.Source;
import app.briefings.briefing.TextSpan;
import app.briefings.entity.EntityRedirects;
import app.briefings.graphql.node.GlobalId;
import app.briefings.graphql.GraphQlSliceConfiguration;
import app.briefings.graphql.paging.PageInfo;
import app.briefings.graphql.paging.PageRequest;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

/**
 * {@code search} mapped onto {@link SearchController} with the index mocked: the query,
 * filter and page reach it decoded, snippets are asked for only when the selection
 * contains them, each hit renders with its score and highlighted spans, and a page size
 * out of range is refused with its code.
 */
@GraphQlTest(SearchController.class)
@Import({ GraphQlSliceConfiguration.class, FeedFilters.class })
class SearchGraphQlSliceTests {

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	BriefingSearch search;

	@MockitoBean
	EntityRedirects redirects;

	@Test
	void shouldRenderEachHitWithItsScoreAndHighlightedSnippets() {
		given(this.search.search(eq("Зась"), any(), any(), eq(true)))
			.willReturn(
					new SearchConnection(
							List.of(new SearchEdge("c-1", briefing("b-1"), 2.5f,
									List.of(new Snippet("body", "Stanislav Zas said", 40,
											List.of(new TextSpan(10, 13)))))),
							new PageInfo(false, false, "c-1", "c-1")));

		GraphQlTester.Response response = this.graphQl.document("""
				query($query: String!) {
				  search(query: $query, first: 5) {
				    edges { score node { id } snippets { field text offset highlights { start end } } }
				    pageInfo { endCursor }
				  }
				}""").variable("query", "Зась").execute();

		response.path("search.edges[0].node.id").entity(String.class).isEqualTo(GlobalId.encode("Briefing", "b-1"));
		response.path("search.edges[0].score").entity(Double.class).isEqualTo(2.5);
		response.path("search.edges[0].snippets[0]")
			.entity(Map.class)
			.isEqualTo(Map.of("field", "body", "text", "Stanislav Zas said", "offset", 40, "highlights",
					List.of(Map.of("start", 10, "end", 13))));
		response.path("search.pageInfo.endCursor").entity(String.class).isEqualTo("c-1");
	}

	@Test
	void shouldAskForNoSnippetsWhenTheSelectionHasNoneAndPassTheFilterDecoded() {
		given(this.search.search(any(), any(), any(), anyBoolean()))
			.willReturn(new SearchConnection(List.of(), new PageInfo(false, false, null, null)));

		this.graphQl.document("""
				query($filter: BriefingFilter) {
				  search(query: "CSTO", first: 7, filter: $filter) { edges { cursor } }
				}""")
			.variable("filter", Map.of("organizations", List.of(GlobalId.encode("Organization", "csto"))))
			.execute()
			.path("search.edges")
			.entityList(Object.class)
			.hasSize(0);

		ArgumentCaptor<FeedCriteria> criteria = ArgumentCaptor.forClass(FeedCriteria.class);
		ArgumentCaptor<PageRequest> page = ArgumentCaptor.forClass(PageRequest.class);
		then(this.search).should().search(eq("CSTO"), criteria.capture(), page.capture(), eq(false));
		assertThat(criteria.getValue().organizationIds()).containsExactly("csto");
		assertThat(page.getValue().size()).isEqualTo(7);
	}

	@Test
	void shouldRefuseAPageSizeOutOfRangeWithItsCode() {
		this.graphQl.document("{ search(query: \"CSTO\", first: 0) { edges { cursor } } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies(
						(error) -> assertThat(error.getExtensions()).containsEntry("code", "PAGE_SIZE_OUT_OF_RANGE")));
		then(this.search).should(never()).search(any(), any(), any(), anyBoolean());
	}

	private static Briefing briefing(String id) {
		return new Briefing(id, "doc-" + id, 0, "Zas on terrorism", "Stanislav Zas said that ...", null,
				Instant.parse("2020-06-05T10:15:00Z"), DateSource.ITEM, "en", new Source("Example wire", null, null),
				List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				"test", BriefingStatus.PUBLISHED, Instant.parse("2020-06-05T10:16:00Z"), 1);
	}

}
