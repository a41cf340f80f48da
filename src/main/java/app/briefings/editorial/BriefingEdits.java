package app.briefings.editorial;

import java.time.Clock;
import java.util.List;

import app.briefings.briefing.Briefing;
import app.briefings.ingestion.DocumentIngested;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Writes an editor's change to what a stored briefing says, at once: raises its editorial
 * revision (and so its version), stamps {@code editedAt}, and tells the change feed, as
 * an ingestion would.
 */
@Component
class BriefingEdits {

	private final MongoOperations mongo;

	private final ApplicationEventPublisher events;

	private final Clock clock = Clock.systemUTC();

	BriefingEdits(MongoOperations mongo, ApplicationEventPublisher events) {
		this.mongo = mongo;
		this.events = events;
	}

	void edited(Briefing briefing, Update update) {
		edited(briefing.id(), briefing.documentId(), update);
	}

	void edited(String briefingId, String documentId, Update update) {
		update.inc("editorialRevision", 1).set("editedAt", this.clock.instant());
		this.mongo.updateFirst(new Query(Criteria.where("_id").is(briefingId)), update, Briefing.class);
		this.events.publishEvent(new DocumentIngested(documentId, List.of(briefingId)));
	}

}
