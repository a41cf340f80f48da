package app.briefings.search;

import app.briefings.changefeed.BriefingsChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the search index current from the change feed: the briefings of each change are
 * read as stored now, in one query, and each indexed, or removed when it is gone or no
 * longer published. A failure is logged, not thrown, so that it never fails the write
 * that caused the change; the catch-up at the next start repairs the index.
 */
@Component
class SearchIndexUpdater {

	private static final Logger logger = LoggerFactory.getLogger(SearchIndexUpdater.class);

	private final BriefingReindexer reindexer;

	SearchIndexUpdater(BriefingReindexer reindexer) {
		this.reindexer = reindexer;
	}

	@EventListener
	void on(BriefingsChanged event) {
		try {
			this.reindexer.reindex(event.briefingIds());
		}
		catch (RuntimeException ex) {
			logger.warn("Could not update briefings {} in the search index", event.briefingIds(), ex);
		}
	}

}
