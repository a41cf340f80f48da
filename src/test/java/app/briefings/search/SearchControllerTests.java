package app.briefings.search;

import app.briefings.briefing.FeedCriteria;
import app.briefings.briefing.FeedFilters;
import app.briefings.entity.EntityRedirects;
import app.briefings.graphql.paging.PageRequest;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.junit.jupiter.api.Test;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;

class SearchControllerTests {

	private final BriefingSearch search = mock(BriefingSearch.class);

	private final SearchController controller = new SearchController(this.search,
			new FeedFilters(mock(EntityRedirects.class)));

	@Test
	void shouldAskForSnippetsOnlyWhenTheOperationSelectsThem() {
		DataFetchingFieldSelectionSet withSnippets = mock(DataFetchingFieldSelectionSet.class);
		given(withSnippets.contains("edges/snippets")).willReturn(true);
		DataFetchingFieldSelectionSet withoutSnippets = mock(DataFetchingFieldSelectionSet.class);

		this.controller.search("qxw", PageRequest.of(5, null), null, withoutSnippets);
		then(this.search).should().search(eq("qxw"), eq(FeedCriteria.NONE), any(PageRequest.class), eq(false));

		this.controller.search("qxw", PageRequest.of(5, null), null, withSnippets);
		then(this.search).should().search(eq("qxw"), eq(FeedCriteria.NONE), any(PageRequest.class), eq(true));
	}

}
