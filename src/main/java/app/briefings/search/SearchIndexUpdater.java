package app.briefings.search;

import app.briefings.changefeed.BriefingsChanged;
import app.briefings.ingestion.accounting.IngestionStage;
import app.briefings.ingestion.accounting.StageAccounting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the search index current from the change feed: the briefings of each change are
 * read as stored now, in one query, and each indexed, or removed when it is gone or no
 * longer published; those of a document's first version are indexed as their inserting
 * caller wrote them, without reading them back (see {@link BriefingReindexer}). A failure
 * is logged, not thrown, so that it never fails the write that caused the change; the
 * catch-up at the next start repairs the index. The change-log entries of a change
 * indexed without an error are noted in {@link FeedIndexedEntries}.
 */
@Component
class SearchIndexUpdater {

	private static final Logger logger = LoggerFactory.getLogger(SearchIndexUpdater.class);

	private final BriefingReindexer reindexer;

	private final StageAccounting accounting;

	private final FeedIndexedEntries indexedEntries;

	SearchIndexUpdater(BriefingReindexer reindexer, StageAccounting accounting, FeedIndexedEntries indexedEntries) {
		this.reindexer = reindexer;
		this.accounting = accounting;
		this.indexedEntries = indexedEntries;
	}

	@EventListener
	void on(BriefingsChanged event) {
		try {
			this.accounting.run(IngestionStage.SEARCH_INDEX,
					() -> this.reindexer.reindexChanged(event.briefingIds(), event.inserted()));
			this.indexedEntries.indexed(event.logged());
		}
		catch (RuntimeException ex) {
			logger.warn("Could not update briefings {} in the search index", event.briefingIds(), ex);
		}
	}

}
