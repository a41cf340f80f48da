package app.briefings.search;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.FeedCriteria;
import app.briefings.graphql.paging.PageRequest;

/**
 * The search port: a full-text index of the published briefings. Embedded Lucene by
 * default ({@link LuceneSearchIndex}); an OpenSearch index shared by every instance
 * ({@link OpenSearchSearchIndex}) when the application runs on many.
 */
interface SearchIndex {

	/** Indexes a briefing, replacing its previous version; visible to the next search. */
	void index(Briefing briefing);

	/** Indexes many briefings, replacing previous versions, and makes them visible. */
	void indexAll(Iterator<Briefing> briefings);

	/** Removes a briefing; nothing happens when it is not indexed. */
	void remove(String briefingId);

	/**
	 * Up to {@link PageRequest#fetchSize()} hits in ranking order (score, then id),
	 * strictly after the page's cursor, among the briefings that pass the criteria.
	 */
	default List<SearchHit> search(String query, FeedCriteria criteria, PageRequest page) {
		return search(query, criteria, page, true);
	}

	/**
	 * The same hits, with their snippets only when {@code withSnippets}: writing them
	 * analyzes each hit's title and body again.
	 */
	List<SearchHit> search(String query, FeedCriteria criteria, PageRequest page, boolean withSnippets);

	/** How many briefings the index holds. */
	long count();

	/** Removes every briefing, before a rebuild. */
	void clear();

	/**
	 * The version of each briefing held, by id: what a catch-up compares with MongoDB.
	 */
	Map<String, Integer> versions();

	/**
	 * Whether the index must be rebuilt from MongoDB: it was missing, damaged or of
	 * another schema version when opened.
	 */
	boolean rebuildNeeded();

	/**
	 * A rebuild begins: searches answer {@code SEARCH_INDEX_REBUILDING} until it ends.
	 */
	void rebuildStarted();

	/**
	 * The rebuild is complete: searches are answered again, and the index is committed.
	 */
	void rebuildFinished();

	/** Whether a rebuild is under way. */
	boolean rebuilding();

	/** Makes what was written durable, where the index is durable at all. */
	void commit();

	/**
	 * The change-log position stored with the last commit: every change logged up to it
	 * is in the index. Empty when the index stores none (it is not durable, or was
	 * written before positions were stored).
	 */
	default OptionalLong changeLogPosition() {
		return OptionalLong.empty();
	}

	/**
	 * Stores the position with the next commit, once every change logged up to it is in
	 * the index; an index that is not durable ignores it.
	 */
	default void changeLogPositionReached(long position) {
	}

}
