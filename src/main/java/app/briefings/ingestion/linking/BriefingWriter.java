package app.briefings.ingestion.linking;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingFields;
import app.briefings.briefing.BriefingStatus;
import com.mongodb.ErrorCategory;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.result.UpdateResult;
import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.ReplaceOptions;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Writes a document's briefings for one version of it, never over a later version: each
 * briefing is upserted only where the stored one is not newer (all of a document's
 * briefings in one bulk write), and retracting the briefings an earlier version left
 * behind stamps them with the retracting version, so a slow writer of an older version
 * cannot bring them back.
 */
@Component
public class BriefingWriter {

	private final MongoOperations mongo;

	private final Clock clock;

	BriefingWriter(MongoOperations mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * Upserts each briefing unless a later version of it is stored, all in one unordered
	 * bulk write; a briefing whose upsert collided with a racing insert is written again
	 * on its own.
	 * @return the ids of the briefings written as given; the others are stored in a later
	 * version
	 */
	public Set<String> write(List<Briefing> briefings) {
		Set<String> written = new LinkedHashSet<>();
		if (briefings.isEmpty()) {
			return written;
		}
		Set<Integer> collided = writeAll(briefings);
		for (int index = 0; index < briefings.size(); index++) {
			Briefing briefing = briefings.get(index);
			if (!collided.contains(index) || writeAgain(briefing)) {
				written.add(briefing.id());
			}
		}
		return written;
	}

	/** The positions of the briefings whose upsert hit a duplicate key. */
	private Set<Integer> writeAll(List<Briefing> briefings) {
		BulkOperations bulk = this.mongo.bulkOps(BulkMode.UNORDERED, Briefing.class);
		for (Briefing briefing : briefings) {
			bulk.replaceOne(notNewer(briefing), briefing, FindAndReplaceOptions.options().upsert());
		}
		try {
			bulk.execute();
			return Set.of();
		}
		catch (BulkOperationException ex) {
			return collidedIn(ex);
		}
	}

	private static Set<Integer> collidedIn(BulkOperationException ex) {
		Set<Integer> collided = new HashSet<>();
		for (BulkWriteError error : ex.getErrors()) {
			if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
				throw ex;
			}
			collided.add(error.getIndex());
		}
		return collided;
	}

	/**
	 * Writes a briefing whose upsert collided: a racing upsert inserted it first, or a
	 * later version is stored. Looks again, and leaves a later version alone.
	 * @return whether this version was written
	 */
	private boolean writeAgain(Briefing briefing) {
		try {
			UpdateResult result = this.mongo.replace(notNewer(briefing), briefing,
					ReplaceOptions.replaceOptions().upsert());
			return result.getMatchedCount() > 0 || result.getUpsertedId() != null;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	private static Query notNewer(Briefing briefing) {
		return new Query(new Criteria().andOperator(Criteria.where(BriefingFields.ID).is(briefing.id()),
				notNewerThan(briefing.version(), true)));
	}

	/**
	 * Retracts the document's published briefings of versions before {@code version},
	 * stamping them with it.
	 * @return the ids of the briefings retracted
	 */
	public List<String> retractOlderThan(String documentId, int version) {
		Query outdated = new Query(new Criteria().andOperator(Criteria.where(BriefingFields.DOCUMENT_ID).is(documentId),
				Criteria.where(BriefingFields.STATUS).is(BriefingStatus.PUBLISHED), notNewerThan(version, false)));
		outdated.fields().include(BriefingFields.ID);
		List<String> ids = new ArrayList<>();
		for (Document briefing : this.mongo.find(outdated, Document.class, BriefingFields.COLLECTION)) {
			ids.add(String.valueOf(briefing.get(BriefingFields.ID)));
		}
		if (ids.isEmpty()) {
			return ids;
		}
		Query those = new Query(
				new Criteria().andOperator(Criteria.where(BriefingFields.ID).in(ids), notNewerThan(version, false)));
		this.mongo.updateMulti(those,
				new Update().set(BriefingFields.STATUS, BriefingStatus.RETRACTED)
					.set(BriefingFields.VERSION, version)
					.set(BriefingFields.RETRACTED_AT, this.clock.instant().truncatedTo(ChronoUnit.MILLIS)),
				Briefing.class);
		return ids;
	}

	private static Criteria notNewerThan(int version, boolean inclusive) {
		Criteria stored = inclusive ? Criteria.where(BriefingFields.VERSION).lte(version)
				: Criteria.where(BriefingFields.VERSION).lt(version);
		return new Criteria().orOperator(stored, Criteria.where(BriefingFields.VERSION).exists(false));
	}

}
