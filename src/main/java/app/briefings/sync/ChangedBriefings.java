package app.briefings.sync;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Which briefings the change log names between two positions, for a reader outside this
 * package that keeps its own position in the log (the search index stores one with its
 * commits). Positions are sequence numbers read up to the watermark, so a reader that
 * moves its position to {@link #position()} after reading up to it skips no change (see
 * docs/sync.md).
 */
public class ChangedBriefings {

	private static final int PAGE = 1000;

	private final MongoOperations mongo;

	private final SequenceReservations sequences;

	ChangedBriefings(MongoOperations mongo, SequenceReservations sequences) {
		this.mongo = mongo;
		this.sequences = sequences;
	}

	/** The log's readable position now, and how far it has been pruned. */
	public Position position() {
		SequenceReservations.Watermark watermark = this.sequences.watermark();
		return new Position(watermark.readable(), watermark.prunedThrough());
	}

	/**
	 * The briefings named by the entries after {@code after} up to {@code through}, each
	 * once with the kind of its last change, oldest first.
	 */
	public Map<String, BriefingChangeKind> between(long after, long through) {
		Map<String, BriefingChangeKind> changed = new LinkedHashMap<>();
		long from = after;
		while (from < through) {
			Query page = new Query(Criteria.where(ChangeLogFields.SEQUENCE)
				.gt(from)
				.lte(through)
				.and(ChangeLogFields.FILLED)
				.exists(false)).with(Sort.by(ChangeLogFields.SEQUENCE)).limit(PAGE);
			List<ChangeEntry> entries = this.mongo.find(page, ChangeEntry.class);
			for (ChangeEntry entry : entries) {
				changed.remove(entry.briefingId());
				changed.put(entry.briefingId(), entry.kind());
			}
			if (entries.size() < PAGE) {
				break;
			}
			from = entries.get(entries.size() - 1).sequence();
		}
		return changed;
	}

	/**
	 * A position in the log.
	 *
	 * @param readable every entry up to this number is written (the watermark)
	 * @param prunedThrough entries up to this number may have been deleted
	 */
	public record Position(long readable, long prunedThrough) {

		/** Whether the entries after {@code after} are all still in the log. */
		public boolean keepsEverythingAfter(long after) {
			return after >= this.prunedThrough;
		}

	}

}
