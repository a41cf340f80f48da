package app.briefings.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingStatus;
import app.briefings.changefeed.BriefingChangesMissed;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Brings the search index in line with MongoDB at start-up, before the sample page is
 * ingested ({@code @Order(1)}); from then on the change feed keeps it current. An index
 * that opened cleanly is caught up: every briefing whose version or status differs from
 * what the index holds is indexed again or removed. An index that must be rebuilt is
 * rebuilt from the published briefings, in the background when it is on disk (searches
 * answer {@code SEARCH_INDEX_REBUILDING} meanwhile), at once when it is in memory. When
 * the change feed reports that it may have missed changes, the index is caught up the
 * same way.
 */
@Component
@Order(0)
class SearchIndexRebuilder implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(SearchIndexRebuilder.class);

	static final int BATCH_SIZE = 500;

	private final SearchIndex index;

	private final MongoOperations mongo;

	private final BriefingReindexer reindexer;

	private volatile @Nullable StartReport lastStart;

	SearchIndexRebuilder(SearchIndex index, MongoOperations mongo, BriefingReindexer reindexer) {
		this.index = index;
		this.mongo = mongo;
		this.reindexer = reindexer;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.index.rebuildNeeded()) {
			this.lastStart = new StartReport(false, catchUp());
			return;
		}
		if (!rebuildsInBackground()) {
			rebuild();
			this.lastStart = new StartReport(true, new CatchUp(0, 0));
			return;
		}
		this.index.rebuildStarted();
		Thread rebuild = new Thread(this::rebuildAndReport, "search-index-rebuild");
		rebuild.setDaemon(true);
		rebuild.start();
	}

	/**
	 * Catches up after the change feed began again at the present: it has begun before
	 * this event, so a change written during the catch-up is still indexed after it.
	 */
	@EventListener
	void on(BriefingChangesMissed missed) {
		logger.info("Catching the search index up: the change feed may have missed changes ({})", missed.reason());
		catchUp();
	}

	private boolean rebuildsInBackground() {
		return ((this.index instanceof LuceneSearchIndex lucene) && lucene.onDisk())
				|| this.index instanceof OpenSearchSearchIndex;
	}

	private void rebuildAndReport() {
		try {
			rebuild();
			this.lastStart = new StartReport(true, catchUp());
		}
		catch (RuntimeException ex) {
			logger.error("Search index rebuild failed; searches stay refused until the next start", ex);
		}
	}

	/** What the last start did: whether it rebuilt the index, and what it caught up. */
	@Nullable StartReport lastStart() {
		return this.lastStart;
	}

	/** Removes everything from the index and indexes every published briefing again. */
	void rebuild() {
		this.index.rebuildStarted();
		try {
			Query published = new Query(Criteria.where("status").is(BriefingStatus.PUBLISHED))
				.cursorBatchSize(BATCH_SIZE);
			this.index.clear();
			try (Stream<Briefing> briefings = this.mongo.stream(published, Briefing.class)) {
				this.index.indexAll(briefings.iterator());
			}
		}
		finally {
			this.index.rebuildFinished();
		}
		logger.info("Search index rebuilt: {} briefings", this.index.count());
	}

	/**
	 * Indexes again every published briefing whose revision differs from the indexed one,
	 * and removes what is indexed but no longer published; then commits.
	 */
	CatchUp catchUp() {
		Map<String, Integer> indexed = this.index.versions();
		List<String> stale = new ArrayList<>();
		Query published = new Query(Criteria.where("status").is(BriefingStatus.PUBLISHED)).cursorBatchSize(BATCH_SIZE);
		published.fields().include("_id").include("version").include("editorialRevision");
		int reindexed = 0;
		try (Stream<Document> briefings = this.mongo.stream(published, Document.class, "briefings")) {
			for (Document briefing : (Iterable<Document>) briefings::iterator) {
				String id = String.valueOf(briefing.get("_id"));
				Integer held = indexed.remove(id);
				if (!Objects.equals(held, versionOf(briefing))) {
					stale.add(id);
				}
				if (stale.size() == BATCH_SIZE) {
					reindexed += reindex(stale);
				}
			}
		}
		reindexed += reindex(stale);
		int removed = reindex(new ArrayList<>(indexed.keySet()));
		this.index.commit();
		CatchUp catchUp = new CatchUp(reindexed, removed);
		logger.info("Search index caught up: {} briefings indexed again, {} removed", reindexed, removed);
		return catchUp;
	}

	private int reindex(List<String> ids) {
		int count = ids.size();
		if (count > 0) {
			this.reindexer.reindex(ids);
			ids.clear();
		}
		return count;
	}

	/** The briefing's revision: its document's version plus the editors' changes. */
	private static int versionOf(Document briefing) {
		Object version = briefing.get("version");
		Object edits = briefing.get("editorialRevision");
		int documentVersion = (version instanceof Number number) ? Math.max(number.intValue(), Briefing.FIRST_VERSION)
				: Briefing.FIRST_VERSION;
		return documentVersion + ((edits instanceof Number number) ? number.intValue() : 0);
	}

	/** What a catch-up did: briefings indexed again, and briefings removed. */
	record CatchUp(int reindexed, int removed) {

	}

	/** What the start-up did: whether the index was rebuilt, and the catch-up after. */
	record StartReport(boolean rebuilt, CatchUp catchUp) {

	}

}
