package app.briefings.search;

import java.util.List;

import app.briefings.graphql.paging.PageInfo;

/** A {@code SearchConnection} of the schema: a page of search hits, best first. */
record SearchConnection(List<SearchEdge> edges, PageInfo pageInfo) {

}
