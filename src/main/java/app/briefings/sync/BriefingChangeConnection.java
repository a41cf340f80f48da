package app.briefings.sync;

import java.util.List;

import app.briefings.graphql.paging.Edge;
import app.briefings.graphql.paging.PageInfo;

/**
 * A page of changes and the token to continue from: the {@code BriefingChangeConnection}
 * type.
 */
record BriefingChangeConnection(List<Edge<BriefingChange>> edges, PageInfo pageInfo, String syncToken) {

}
