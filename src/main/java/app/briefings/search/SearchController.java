package app.briefings.search;

import app.briefings.briefing.BriefingFilter;
import app.briefings.briefing.FeedCriteria;
import app.briefings.briefing.FeedFilters;
import app.briefings.graphql.paging.PageRequest;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The {@code search} query. Snippets are written only when the operation selects them.
 */
@Controller
class SearchController {

	private final BriefingSearch search;

	private final FeedFilters filters;

	SearchController(BriefingSearch search, FeedFilters filters) {
		this.search = search;
		this.filters = filters;
	}

	@QueryMapping
	SearchConnection search(@Argument String query, PageRequest page, @Argument @Nullable BriefingFilter filter,
			DataFetchingFieldSelectionSet selection) {
		FeedCriteria criteria = this.filters.criteriaOf(filter);
		return this.search.search(query, criteria, page, selection.contains("edges/snippets"));
	}

}
