package app.briefings.editorial;

import java.time.Clock;
import java.time.Instant;

import app.briefings.briefing.TextSpan;
import app.briefings.ingestion.EntityCandidatesFound;
import app.briefings.ingestion.EntityCandidatesFound.FoundCandidate;

import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Stores the candidates extraction found, one per name and type: a new name opens a
 * candidate, a known one gains the contexts it lacks. Upserts with set additions, so
 * re-ingesting or re-extracting a document adds nothing twice, and a decided candidate
 * stays decided. The number of contexts is stored as {@code contextCount}, raised only,
 * so that candidates sort by it.
 */
@Component
class CandidateRecorder {

	private final MongoOperations mongo;

	private final Clock clock = Clock.systemUTC();

	CandidateRecorder(MongoOperations mongo) {
		this.mongo = mongo;
	}

	@EventListener
	void onCandidatesFound(EntityCandidatesFound found) {
		Instant now = this.clock.instant();
		for (FoundCandidate candidate : found.candidates()) {
			record(candidate, now);
		}
	}

	private void record(FoundCandidate candidate, Instant now) {
		CandidateContext context = new CandidateContext(candidate.briefingId(),
				new TextSpan(candidate.start(), candidate.end()), candidate.snippet());
		Update update = new Update().setOnInsert("surface", candidate.surface())
			.setOnInsert("key", candidate.key())
			.setOnInsert("type", candidate.type().name())
			.setOnInsert("reason", reasonOf(candidate).name())
			.setOnInsert("status", CandidateStatus.OPEN.name())
			.setOnInsert("firstSeenAt", now)
			.set("lastSeenAt", now)
			.addToSet("contexts", this.mongo.getConverter().convertToMongoType(context));
		if (!candidate.entityIds().isEmpty()) {
			update.addToSet("possibleEntityIds").each(candidate.entityIds().toArray());
		}
		String id = EntityCandidate.idFor(candidate.type(), candidate.key());
		Query byId = new Query(Criteria.where("_id").is(id));
		EntityCandidate stored = this.mongo.findAndModify(byId, update,
				FindAndModifyOptions.options().upsert(true).returnNew(true), EntityCandidate.class);
		if (stored != null) {
			this.mongo.updateFirst(byId, new Update().max("contextCount", stored.contexts().size()),
					EntityCandidate.class);
		}
	}

	static CandidateReason reasonOf(FoundCandidate candidate) {
		if (candidate.unresolvedSpeaker()) {
			return CandidateReason.UNRESOLVED_SPEAKER;
		}
		return candidate.entityIds().isEmpty() ? CandidateReason.UNKNOWN : CandidateReason.AMBIGUOUS;
	}

}
