package app.briefings.editorial;

import java.time.Clock;
import java.time.Instant;

import app.briefings.briefing.TextSpan;
import app.briefings.ingestion.EntityCandidatesFound.FoundCandidate;
import app.briefings.ingestion.EntityCandidatesFound;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Stores the candidates extraction found, one per name and type: a new name opens a
 * candidate, a known one gains the contexts it lacks. A candidate keeps only its most
 * recent contexts ({@link CandidateProperties#keptContexts()}) and counts every context
 * it gained in {@code contextCount}, so a frequent name never grows its document toward
 * MongoDB's 16 MB limit. A context already kept is not added or counted again, so
 * re-ingesting or re-extracting a recent document changes nothing (one whose context was
 * dropped from the kept ones is counted again); a decided candidate stays decided.
 */
@Component
class CandidateRecorder {

	private final MongoOperations mongo;

	private final Clock clock;

	private final int keptContexts;

	CandidateRecorder(MongoOperations mongo, CandidateProperties properties, Clock clock) {
		this.mongo = mongo;
		this.keptContexts = properties.keptContexts();
		this.clock = clock;
	}

	@EventListener
	void onCandidatesFound(EntityCandidatesFound found) {
		Instant now = this.clock.instant();
		for (FoundCandidate candidate : found.candidates()) {
			record(candidate, now);
		}
	}

	/**
	 * One upsert when the context is new; when it is already kept, or a concurrent first
	 * sighting inserted the candidate (duplicate key 11000), the same update without
	 * upsert, and, when that matches nothing, only the sighting is noted.
	 */
	private void record(FoundCandidate candidate, Instant now) {
		Object context = this.mongo.getConverter()
			.convertToMongoType(new CandidateContext(candidate.briefingId(),
					new TextSpan(candidate.start(), candidate.end()), candidate.snippet()));
		String id = EntityCandidate.idFor(candidate.type(), candidate.key());
		Query lackingContext = new Query(
				Criteria.where(EditorialFields.ID).is(id).and(EditorialFields.CONTEXTS).ne(context));
		Update withContext = seen(candidate, now).setOnInsert(EditorialFields.SURFACE, candidate.surface())
			.setOnInsert(EditorialFields.KEY, candidate.key())
			.setOnInsert(EditorialFields.TYPE, candidate.type().name())
			.setOnInsert(EditorialFields.REASON, reasonOf(candidate).name())
			.setOnInsert(EditorialFields.STATUS, CandidateStatus.OPEN.name())
			.setOnInsert(EditorialFields.FIRST_SEEN_AT, now)
			.inc(EditorialFields.CONTEXT_COUNT, 1);
		withContext.push(EditorialFields.CONTEXTS).slice(-this.keptContexts).each(context);
		try {
			this.mongo.upsert(lackingContext, withContext, EntityCandidate.class);
		}
		catch (DuplicateKeyException ex) {
			if (this.mongo.updateFirst(lackingContext, withContext, EntityCandidate.class).getMatchedCount() == 0) {
				this.mongo.updateFirst(new Query(Criteria.where(EditorialFields.ID).is(id)), seen(candidate, now),
						EntityCandidate.class);
			}
		}
	}

	private static Update seen(FoundCandidate candidate, Instant now) {
		Update update = new Update().set(EditorialFields.LAST_SEEN_AT, now);
		if (!candidate.entityIds().isEmpty()) {
			update.addToSet(EditorialFields.POSSIBLE_ENTITY_IDS).each(candidate.entityIds().toArray());
		}
		return update;
	}

	static CandidateReason reasonOf(FoundCandidate candidate) {
		if (candidate.unresolvedSpeaker()) {
			return CandidateReason.UNRESOLVED_SPEAKER;
		}
		return candidate.entityIds().isEmpty() ? CandidateReason.UNKNOWN : CandidateReason.AMBIGUOUS;
	}

}
