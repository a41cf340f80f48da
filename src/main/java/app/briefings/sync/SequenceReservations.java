package app.briefings.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Hands out the change log's sequence numbers and tells readers how far they may read.
 * One counter document holds the last number allocated, the reservations still being
 * written and the highest number pruned. A writer reserves numbers and records the
 * reservation in the same single-document update, writes its entries, then releases the
 * reservation; a reader reads the counter first and reads only below the oldest
 * reservation, so an entry committed out of allocation order is never passed over. A
 * reservation older than the timeout (its writer died or stalled) is dropped; the writer,
 * if it comes back, finds it gone and logs its changes again.
 */
class SequenceReservations {

	private final MongoOperations mongo;

	private final Clock clock;

	private final Duration timeout;

	private final Object reserving = new Object();

	/** The last number this instance allocated, -1 before its first reservation. */
	private long lastAllocated = -1;

	SequenceReservations(MongoOperations mongo, Clock clock, Duration timeout) {
		this.mongo = mongo;
		this.clock = clock;
		this.timeout = timeout;
	}

	/**
	 * Reserves {@code count} consecutive sequence numbers, at least one. The update is
	 * conditional on the counter's last number: this instance's reservations take turns
	 * and start from the number its previous one left, so without other instances writing
	 * a reservation is one command; the counter is read only when that guess is stale.
	 */
	Reservation reserve(int count) {
		synchronized (this.reserving) {
			long last = (this.lastAllocated >= 0) ? this.lastAllocated : lastAllocated();
			while (true) {
				Reservation reservation = new Reservation(last + 1, last + count, this.clock.instant());
				Query unchanged = new Query(theCounter().and(ChangeLogFields.LAST).is(last));
				Update allocate = new Update().set(ChangeLogFields.LAST, reservation.last())
					.push(ChangeLogFields.RESERVATIONS, new Document(ChangeLogFields.FIRST, reservation.first())
						.append(ChangeLogFields.AT, Date.from(reservation.at())));
				if (this.mongo.updateFirst(unchanged, allocate, ChangeLogFields.COUNTER).getModifiedCount() == 1) {
					this.lastAllocated = reservation.last();
					return reservation;
				}
				last = lastAllocated();
			}
		}
	}

	private long lastAllocated() {
		return counter().get(ChangeLogFields.LAST, Number.class).longValue();
	}

	/**
	 * Ends a reservation whose entries are written.
	 * @return false when a reader dropped it as timed out: its entries may have been
	 * passed over, so they must be logged again
	 */
	boolean release(Reservation reservation) {
		Query held = new Query(theCounter().and(ChangeLogFields.RESERVATION_FIRST).is(reservation.first()));
		Update release = new Update().pull(ChangeLogFields.RESERVATIONS,
				new Document(ChangeLogFields.FIRST, reservation.first()));
		return this.mongo.updateFirst(held, release, ChangeLogFields.COUNTER).getModifiedCount() == 1;
	}

	/**
	 * How far readers may read now, dropping reservations older than the timeout first.
	 */
	Watermark watermark() {
		Document counter = counter();
		long readable = counter.get(ChangeLogFields.LAST, Number.class).longValue();
		Instant oldestKept = this.clock.instant().minus(this.timeout);
		for (Document reservation : reservationsIn(counter)) {
			long first = reservation.get(ChangeLogFields.FIRST, Number.class).longValue();
			if (reservation.getDate(ChangeLogFields.AT).toInstant().isBefore(oldestKept)) {
				drop(first);
			}
			else {
				readable = Math.min(readable, first - 1);
			}
		}
		return new Watermark(readable, counter.get(ChangeLogFields.PRUNED_THROUGH, Number.class).longValue());
	}

	/** Marks every sequence number up to this one as pruned, before the entries go. */
	void prunedThrough(long sequence) {
		Query lower = new Query(theCounter().and(ChangeLogFields.PRUNED_THROUGH).lt(sequence));
		this.mongo.updateFirst(lower, new Update().set(ChangeLogFields.PRUNED_THROUGH, sequence),
				ChangeLogFields.COUNTER);
	}

	private void drop(long first) {
		this.mongo.updateFirst(new Query(theCounter()),
				new Update().pull(ChangeLogFields.RESERVATIONS, new Document(ChangeLogFields.FIRST, first)),
				ChangeLogFields.COUNTER);
	}

	private Document counter() {
		Document counter = this.mongo.findById(ChangeLogFields.COUNTER_ID, Document.class, ChangeLogFields.COUNTER);
		if (counter != null) {
			return counter;
		}
		try {
			this.mongo
				.insert(new Document(ChangeLogFields.ID, ChangeLogFields.COUNTER_ID).append(ChangeLogFields.LAST, 0L)
					.append(ChangeLogFields.RESERVATIONS, new ArrayList<>())
					.append(ChangeLogFields.PRUNED_THROUGH, 0L), ChangeLogFields.COUNTER);
		}
		catch (DuplicateKeyException ex) {
			// another instance created it first
		}
		return counter();
	}

	private static Criteria theCounter() {
		return Criteria.where(ChangeLogFields.ID).is(ChangeLogFields.COUNTER_ID);
	}

	@SuppressWarnings("unchecked")
	private static List<Document> reservationsIn(Document counter) {
		Object reservations = counter.get(ChangeLogFields.RESERVATIONS);
		return (reservations instanceof List<?> list) ? (List<Document>) list : List.of();
	}

	/** Sequence numbers {@code first..last} held by one writer since {@code at}. */
	record Reservation(long first, long last, Instant at) {

		int size() {
			return (int) (this.last - this.first + 1);
		}

	}

	/**
	 * How far the log may be read.
	 *
	 * @param readable every entry up to this number is written or will never be
	 * @param prunedThrough entries up to this number may have been deleted
	 */
	record Watermark(long readable, long prunedThrough) {

	}

}
