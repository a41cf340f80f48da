package app.briefings.editorial;

import java.time.Clock;
import java.util.List;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingFields;
import app.briefings.ingestion.DocumentIngested;
import app.briefings.sync.BriefingChangeKind;
import app.briefings.sync.BriefingChangeLog;
import org.bson.Document;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Writes an editor's change to what a stored briefing says, at once: raises its editorial
 * revision (and so its version), stamps {@code editedAt}, logs it as a correction for
 * offline clients, and tells the change feed, as an ingestion would.
 */
@Component
class BriefingEdits {

	private static final String BRIEFINGS = BriefingFields.COLLECTION;

	private final MongoOperations mongo;

	private final ApplicationEventPublisher events;

	private final BriefingChangeLog changeLog;

	private final Clock clock;

	BriefingEdits(MongoOperations mongo, ApplicationEventPublisher events, BriefingChangeLog changeLog, Clock clock) {
		this.mongo = mongo;
		this.events = events;
		this.changeLog = changeLog;
		this.clock = clock;
	}

	void edited(Briefing briefing, Update update) {
		edited(briefing.id(), briefing.documentId(), update);
	}

	void edited(String briefingId, String documentId, Update update) {
		editedIf(Criteria.where(BriefingFields.ID).is(briefingId), documentId, update);
	}

	/**
	 * Writes the change only while the briefing still matches {@code asRead} (which pins
	 * its id); whether it did.
	 */
	boolean editedIf(Criteria asRead, String documentId, Update update) {
		update.inc(BriefingFields.EDITORIAL_REVISION, 1).set(BriefingFields.EDITED_AT, this.clock.instant());
		Document edited = this.mongo.findAndModify(new Query(asRead), update,
				FindAndModifyOptions.options().returnNew(true), Document.class, BRIEFINGS);
		if (edited == null) {
			return false;
		}
		String briefingId = String.valueOf(edited.get(BriefingFields.ID));
		int revision = Math.max(edited.getInteger(BriefingFields.VERSION, Briefing.FIRST_VERSION),
				Briefing.FIRST_VERSION) + edited.getInteger(BriefingFields.EDITORIAL_REVISION, 0);
		this.changeLog
			.record(List.of(new BriefingChangeLog.Change(briefingId, BriefingChangeKind.CORRECTED, revision)));
		this.events.publishEvent(new DocumentIngested(documentId, List.of(briefingId)));
		return true;
	}

}
