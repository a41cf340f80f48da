package app.briefings.search;

import java.util.Optional;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingRepository;
import app.briefings.changefeed.BriefingChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the search index current from the change feed: each changed briefing is read as
 * stored now and indexed, or removed when it is gone or no longer published. A failure is
 * logged, not thrown, so that it never fails the write that caused the change; the next
 * rebuild repairs the index.
 */
@Component
class SearchIndexUpdater {

	private static final Logger logger = LoggerFactory.getLogger(SearchIndexUpdater.class);

	private final SearchIndex index;

	private final BriefingRepository briefings;

	SearchIndexUpdater(SearchIndex index, BriefingRepository briefings) {
		this.index = index;
		this.briefings = briefings;
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
		Optional<Briefing> briefing = this.briefings.findById(briefingId);
		if (briefing.isEmpty()) {
			this.index.remove(briefingId);
			return;
		}
		this.index.index(briefing.get());
	}

}
