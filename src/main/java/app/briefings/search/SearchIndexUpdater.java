package app.briefings.search;

import java.util.List;

import app.briefings.changefeed.BriefingChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the search index current from the change feed: each changed briefing is read as
 * stored now and indexed, or removed when it is gone or no longer published. A failure is
 * logged, not thrown, so that it never fails the write that caused the change; the
 * catch-up at the next start repairs the index.
 */
@Component
class SearchIndexUpdater {

	private static final Logger logger = LoggerFactory.getLogger(SearchIndexUpdater.class);

	private final BriefingReindexer reindexer;

	SearchIndexUpdater(BriefingReindexer reindexer) {
		this.reindexer = reindexer;
	}

	@EventListener
	void on(BriefingChanged event) {
		try {
			update(event.briefingId());
		}
		catch (RuntimeException ex) {
			logger.warn("Could not update briefing {} in the search index", event.briefingId(), ex);
		}
	}

	private void update(String briefingId) {
		this.reindexer.reindex(List.of(briefingId));
	}

}
