package app.briefings.search;

import java.util.stream.Stream;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingStatus;
import app.briefings.changefeed.BriefingChangesMissed;
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
 * Rebuilds the search index from MongoDB at start-up, streaming the published briefings
 * in batches, before the sample page is ingested ({@code @Order(1)}); from then on the
 * change feed keeps the index current, and when the feed reports that it may have missed
 * changes the index is rebuilt the same way to catch up.
 */
@Component
@Order(0)
class SearchIndexRebuilder implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(SearchIndexRebuilder.class);

	static final int BATCH_SIZE = 500;

	private final SearchIndex index;

	private final MongoOperations mongo;

	SearchIndexRebuilder(SearchIndex index, MongoOperations mongo) {
		this.index = index;
		this.mongo = mongo;
	}

	@Override
	public void run(ApplicationArguments args) {
		rebuild();
	}

	/**
	 * Catches up after the change feed began again at the present: it has begun before
	 * this event, so a change written during the rebuild is still indexed after it.
	 */
	@EventListener
	void on(BriefingChangesMissed missed) {
		logger.info("Rebuilding the search index: the change feed may have missed changes ({})", missed.reason());
		rebuild();
	}

	void rebuild() {
		Query published = new Query(Criteria.where("status").is(BriefingStatus.PUBLISHED)).cursorBatchSize(BATCH_SIZE);
		this.index.clear();
		try (Stream<Briefing> briefings = this.mongo.stream(published, Briefing.class)) {
			this.index.indexAll(briefings.iterator());
		}
		logger.info("Search index rebuilt: {} briefings", this.index.count());
	}

}
