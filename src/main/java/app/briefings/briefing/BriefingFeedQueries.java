package app.briefings.briefing;

import java.util.List;
import java.util.Map;

import app.briefings.graphql.PageRequest;

/** Keyset-paged feed queries, newest first, that Spring Data cannot derive. */
interface BriefingFeedQueries {

	/**
	 * One page of the feed plus one extra briefing that tells whether a next page exists.
	 */
	List<Briefing> findFeedPage(FeedCriteria criteria, PageRequest page);

	/**
	 * For each key, one page of the briefings mentioning its entity; two queries for all
	 * keys.
	 */
	Map<EntityBriefingsKey, List<Briefing>> findPagesMentioning(List<EntityBriefingsKey> keys);

}
