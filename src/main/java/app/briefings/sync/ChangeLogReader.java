package app.briefings.sync;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Reads the change log in sequence order, only up to the watermark below which every
 * entry is written (see {@link SequenceReservations}).
 */
class ChangeLogReader {

	private final MongoOperations mongo;

	private final SequenceReservations sequences;

	ChangeLogReader(MongoOperations mongo, SequenceReservations sequences) {
		this.mongo = mongo;
		this.sequences = sequences;
	}

	/**
	 * Up to {@code limit} entries after the token, oldest first; from the oldest entry
	 * kept when the token is null.
	 * @throws SyncTokenExpiredException when entries after the token were pruned
	 */
	Batch read(@Nullable SyncToken after, int limit) {
		SequenceReservations.Watermark watermark = this.sequences.watermark();
		long start = startOf(after, watermark);
		if (start >= watermark.readable()) {
			return new Batch(List.of(), Math.max(start, watermark.readable()), false, watermark.prunedThrough());
		}
		Query range = new Query(Criteria.where(ChangeLogFields.SEQUENCE)
			.gt(start)
			.lte(watermark.readable())
			.and(ChangeLogFields.FILLED)
			.exists(false)).with(Sort.by(ChangeLogFields.SEQUENCE)).limit(limit + 1);
		List<ChangeEntry> entries = this.mongo.find(range, ChangeEntry.class);
		if (entries.size() > limit) {
			List<ChangeEntry> page = entries.subList(0, limit);
			return new Batch(List.copyOf(page), page.get(limit - 1).sequence(), true, watermark.prunedThrough());
		}
		return new Batch(entries, watermark.readable(), false, watermark.prunedThrough());
	}

	private static long startOf(@Nullable SyncToken after, SequenceReservations.Watermark watermark) {
		if (after == null) {
			return watermark.prunedThrough();
		}
		if (after.sequence() < watermark.prunedThrough()) {
			throw new SyncTokenExpiredException();
		}
		return after.sequence();
	}

	/**
	 * Entries read in one go.
	 *
	 * @param through every entry up to this sequence number has been read: the token to
	 * continue from
	 * @param more whether entries after {@code through} are readable now
	 * @param prunedThrough entries up to this number may have been deleted when it was
	 * read
	 */
	record Batch(List<ChangeEntry> entries, long through, boolean more, long prunedThrough) {

	}

}
