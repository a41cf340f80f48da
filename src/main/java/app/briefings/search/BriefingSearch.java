package app.briefings.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingRepository;
import app.briefings.briefing.BriefingStatus;
import app.briefings.briefing.FeedCriteria;
import app.briefings.graphql.error.ApiException;
import app.briefings.graphql.error.ErrorCode;
import app.briefings.graphql.paging.PageInfo;
import app.briefings.graphql.paging.PageRequest;

import org.springframework.stereotype.Service;

/**
 * Answers a search: validates the words, asks the {@link SearchIndex} for a page of hits
 * and loads their briefings from MongoDB with one query, in ranking order.
 */
@Service
class BriefingSearch {

	static final int MAX_QUERY_LENGTH = 200;

	private final SearchIndex index;

	private final BriefingRepository briefings;

	BriefingSearch(SearchIndex index, BriefingRepository briefings) {
		this.index = index;
		this.briefings = briefings;
	}

	SearchConnection search(String query, FeedCriteria criteria, PageRequest page, boolean withSnippets) {
		List<SearchHit> hits = this.index.search(checked(query), criteria, page, withSnippets);
		boolean hasNextPage = hits.size() > page.size();
		List<SearchHit> shown = hasNextPage ? hits.subList(0, page.size()) : hits;
		List<SearchEdge> edges = edges(shown);
		String startCursor = shown.isEmpty() ? null : shown.get(0).cursor();
		String endCursor = shown.isEmpty() ? null : shown.get(shown.size() - 1).cursor();
		return new SearchConnection(edges, new PageInfo(hasNextPage, page.after() != null, startCursor, endCursor));
	}

	private static String checked(String query) {
		if (query.isBlank() || query.length() > MAX_QUERY_LENGTH) {
			throw new ApiException(ErrorCode.BAD_USER_INPUT,
					"query must hold 1 to " + MAX_QUERY_LENGTH + " characters and not only spaces",
					Map.of("field", "query"));
		}
		return query.strip();
	}

	/**
	 * The edges of the hits whose briefing is still stored and published; the index may
	 * lag a deletion by the time the change feed delivers it.
	 */
	private List<SearchEdge> edges(List<SearchHit> hits) {
		Map<String, Briefing> byId = new HashMap<>();
		for (Briefing briefing : this.briefings.findByIdIn(hits.stream().map(SearchHit::briefingId).toList())) {
			byId.put(briefing.id(), briefing);
		}
		List<SearchEdge> edges = new ArrayList<>(hits.size());
		for (SearchHit hit : hits) {
			Briefing briefing = byId.get(hit.briefingId());
			if (briefing != null && briefing.status() == BriefingStatus.PUBLISHED) {
				edges.add(new SearchEdge(hit.cursor(), briefing, hit.score(), hit.snippets()));
			}
		}
		return edges;
	}

}
