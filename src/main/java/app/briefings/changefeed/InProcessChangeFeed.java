package app.briefings.changefeed;

import java.util.List;
import java.util.Map;

import app.briefings.briefing.Briefing;

import app.briefings.ingestion.DocumentIngested;
import app.briefings.ingestion.DocumentsIngested;
import app.briefings.sync.LoggedEntries;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;

/**
 * The change feed of an application that runs its own embedded MongoDB: one instance by
 * construction, so the ingestion events of this process are every change there is.
 */
class InProcessChangeFeed {

	private final ApplicationEventPublisher events;

	private final boolean active;

	InProcessChangeFeed(ApplicationEventPublisher events, boolean active) {
		this.events = events;
		this.active = active;
	}

	@EventListener
	void on(DocumentIngested ingested) {
		announce(ingested.briefingIds(), ingested.inserted(), LoggedEntries.NONE);
	}

	@EventListener
	void on(DocumentsIngested ingested) {
		announce(ingested.briefingIds(), ingested.inserted(), ingested.logged());
	}

	private void announce(List<String> briefingIds, Map<String, Briefing> inserted, LoggedEntries logged) {
		if (!this.active || briefingIds.isEmpty()) {
			return;
		}
		this.events.publishEvent(new BriefingsChanged(briefingIds, inserted, logged));
		for (String briefingId : briefingIds) {
			this.events.publishEvent(new BriefingChanged(briefingId));
		}
	}

}
