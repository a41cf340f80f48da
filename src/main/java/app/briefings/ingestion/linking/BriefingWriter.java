package app.briefings.ingestion.linking;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingStatus;
import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.ReplaceOptions;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Writes a document's briefings for one version of it, never over a later version: each
 * briefing is upserted only where the stored one is not newer, and retracting the
 * briefings an earlier version left behind stamps them with the retracting version, so a
 * slow writer of an older version cannot bring them back.
 */
@Component
public class BriefingWriter {

	private static final String VERSION = "version";

	private final MongoOperations mongo;

	private final Clock clock;

	BriefingWriter(MongoOperations mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/** Upserts each briefing unless a later version of it is stored. */
	public void write(List<Briefing> briefings) {
		for (Briefing briefing : briefings) {
			write(briefing);
		}
	}

	private void write(Briefing briefing) {
		Query notNewer = new Query(new Criteria().andOperator(Criteria.where("_id").is(briefing.id()),
				notNewerThan(briefing.version(), true)));
		for (int attempt = 0; attempt < 2; attempt++) {
			try {
				this.mongo.replace(notNewer, briefing, ReplaceOptions.replaceOptions().upsert());
				return;
			}
			catch (DuplicateKeyException ex) {
				// A racing upsert inserted it first, or a later version is stored: look
				// again, and leave a later version alone.
			}
		}
	}

	/**
	 * Retracts the document's published briefings of versions before {@code version},
	 * stamping them with it.
	 * @return the ids of the briefings retracted
	 */
	public List<String> retractOlderThan(String documentId, int version) {
		Query outdated = new Query(new Criteria().andOperator(Criteria.where("documentId").is(documentId),
				Criteria.where("status").is(BriefingStatus.PUBLISHED), notNewerThan(version, false)));
		outdated.fields().include("_id");
		List<String> ids = new ArrayList<>();
		for (Document briefing : this.mongo.find(outdated, Document.class, "briefings")) {
			ids.add(String.valueOf(briefing.get("_id")));
		}
		if (ids.isEmpty()) {
			return ids;
		}
		Query those = new Query(
				new Criteria().andOperator(Criteria.where("_id").in(ids), notNewerThan(version, false)));
		this.mongo.updateMulti(those,
				new Update().set("status", BriefingStatus.RETRACTED)
					.set(VERSION, version)
					.set("retractedAt", this.clock.instant().truncatedTo(ChronoUnit.MILLIS)),
				Briefing.class);
		return ids;
	}

	private static Criteria notNewerThan(int version, boolean inclusive) {
		Criteria stored = inclusive ? Criteria.where(VERSION).lte(version) : Criteria.where(VERSION).lt(version);
		return new Criteria().orOperator(stored, Criteria.where(VERSION).exists(false));
	}

}
