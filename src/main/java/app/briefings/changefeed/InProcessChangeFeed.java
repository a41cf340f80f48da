package app.briefings.changefeed;

import app.briefings.ingestion.DocumentIngested;

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
		if (!this.active) {
			return;
		}
		if (ingested.briefingIds().isEmpty()) {
			return;
		}
		this.events.publishEvent(new BriefingsChanged(ingested.briefingIds()));
		for (String briefingId : ingested.briefingIds()) {
			this.events.publishEvent(new BriefingChanged(briefingId));
		}
	}

}
