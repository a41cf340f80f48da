package app.briefings.briefing;

import java.util.List;
import java.util.Map;

import app.briefings.graphql.paging.PageRequest;

/** Keyset-paged feed queries, newest first, that Spring Data cannot derive. */
interface BriefingFeedQueries {

	/**
	 * One page of the feed plus one extra briefing that tells whether more exist, in
	 * fetch order (see {@link app.briefings.graphql.paging.Connection#of}).
	 */
	List<Briefing> findFeedPage(FeedCriteria criteria, PageRequest page);

	/** How many published briefings pass the filter. */
	long countFeed(FeedCriteria criteria);

	/**
	 * For each key, one page of the briefings mentioning its entity; two queries for all
	 * keys.
	 */
	Map<EntityBriefingsKey, List<Briefing>> findPagesMentioning(List<EntityBriefingsKey> keys);

	/** For each entity, how many published briefings mention it; one query for all. */
	Map<MentionedEntity, Integer> countMentioning(List<MentionedEntity> entities);

	/**
	 * For each key, one page of the quotes of an official with the briefings they come
	 * from; two queries for all keys.
	 */
	Map<OfficialQuotesKey, List<QuoteInBriefing>> findQuotePages(List<OfficialQuotesKey> keys);

	/** For each official, how many quotes of published briefings are theirs. */
	Map<String, Integer> countQuotes(List<String> officialIds);

}
