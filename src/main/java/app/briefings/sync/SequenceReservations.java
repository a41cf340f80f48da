package app.briefings.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Hands out the change log's sequence numbers and tells readers how far they may read.
 * One counter document holds the last number allocated, the reservations that may still
 * be being written and the highest number pruned. A writer reserves numbers and records
 * the reservation in the same single-document update, then writes its entries; it sends
 * no command to release it. A reservation is finished once the entry of its last number
 * exists (entries are inserted in order), and the writer's next reservation removes its
 * finished ones from the counter in the same update. A reader reads the counter, asks
 * which pending reservations are finished, and reads only below the oldest one that is
 * not, so an entry committed out of allocation order is never passed over. A reservation
 * older than the timeout (its writer died or stalled) is filled by the reader: it inserts
 * a filler under each of its numbers still free, in order, so the writer's insert, if it
 * comes back, fails and it logs its changes again under new numbers.
 */
class SequenceReservations {

	private final MongoOperations mongo;

	private final Clock clock;

	private final Duration timeout;

	private final Object reserving = new Object();

	/** The last number this instance allocated, -1 before its first reservation. */
	private long lastAllocated = -1;

	/** The first numbers of this instance's reservations whose entries are written. */
	private final ConcurrentLinkedQueue<Long> written = new ConcurrentLinkedQueue<>();

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
	 * The same update removes this instance's reservations written since its previous
	 * one.
	 */
	Reservation reserve(int count) {
		synchronized (this.reserving) {
			long last = (this.lastAllocated >= 0) ? this.lastAllocated : lastAllocated();
			List<Long> finished = new ArrayList<>(this.written);
			while (true) {
				Reservation reservation = new Reservation(last + 1, last + count, this.clock.instant());
				Query unchanged = new Query(theCounter().and(ChangeLogFields.LAST).is(last));
				Update allocate = new Update().set(ChangeLogFields.LAST, reservation.last())
					.set(pendingField(reservation.first()), new Document(ChangeLogFields.LAST, reservation.last())
						.append(ChangeLogFields.AT, Date.from(reservation.at())));
				finished.forEach((first) -> allocate.unset(pendingField(first)));
				if (this.mongo.updateFirst(unchanged, allocate, ChangeLogFields.COUNTER).getModifiedCount() == 1) {
					this.lastAllocated = reservation.last();
					this.written.removeAll(finished);
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
	 * Notes that a reservation's entries are written, so that this instance's next
	 * reservation removes it from the counter. Readers need no note: they see the
	 * entries.
	 */
	void written(Reservation reservation) {
		this.written.add(reservation.first());
	}

	/**
	 * How far readers may read now, filling reservations older than the timeout first.
	 */
	Watermark watermark() {
		Document counter = counter();
		long readable = counter.get(ChangeLogFields.LAST, Number.class).longValue();
		readable = Math.min(readable, belowReleasedReservations(counter));
		List<Reservation> pending = pendingIn(counter);
		if (!pending.isEmpty()) {
			readable = Math.min(readable, belowUnfinished(pending));
		}
		return new Watermark(readable, counter.get(ChangeLogFields.PRUNED_THROUGH, Number.class).longValue());
	}

	private long belowUnfinished(List<Reservation> pending) {
		Set<Long> writtenLasts = existingEntries(pending);
		Instant oldestKept = this.clock.instant().minus(this.timeout);
		long readable = Long.MAX_VALUE;
		List<Long> finished = new ArrayList<>();
		for (Reservation reservation : pending) {
			if (writtenLasts.contains(reservation.last())) {
				finished.add(reservation.first());
			}
			else if (reservation.at().isBefore(oldestKept)) {
				fill(reservation);
				finished.add(reservation.first());
			}
			else {
				readable = Math.min(readable, reservation.first() - 1);
			}
		}
		forget(finished);
		return readable;
	}

	private Set<Long> existingEntries(List<Reservation> pending) {
		List<Long> lasts = new ArrayList<>(pending.size());
		pending.forEach((reservation) -> lasts.add(reservation.last()));
		Query query = new Query(Criteria.where(ChangeLogFields.SEQUENCE).in(lasts));
		query.fields().include(ChangeLogFields.SEQUENCE);
		Set<Long> existing = new HashSet<>();
		for (Document entry : this.mongo.find(query, Document.class, ChangeLogFields.ENTRIES)) {
			existing.add(entry.get(ChangeLogFields.SEQUENCE, Number.class).longValue());
		}
		return existing;
	}

	/**
	 * Inserts a filler under every number of the reservation still free, lowest first, so
	 * that the entry of its last number exists only once all its numbers are taken, and
	 * its writer's insert, if it comes, fails.
	 */
	private void fill(Reservation reservation) {
		Date now = Date.from(this.clock.instant());
		for (long sequence = reservation.first(); sequence <= reservation.last(); sequence++) {
			try {
				this.mongo.insert(new Document(ChangeLogFields.SEQUENCE, sequence).append(ChangeLogFields.FILLED, true)
					.append(ChangeLogFields.CHANGED_AT, now), ChangeLogFields.ENTRIES);
			}
			catch (DuplicateKeyException ex) {
				// written by its writer, or filled by another reader
			}
		}
	}

	private void forget(List<Long> finished) {
		if (finished.isEmpty()) {
			return;
		}
		Update forget = new Update();
		finished.forEach((first) -> forget.unset(pendingField(first)));
		this.mongo.updateFirst(new Query(theCounter()), forget, ChangeLogFields.COUNTER);
	}

	/**
	 * Below the reservations made by versions that released them with a command, dropping
	 * those older than the timeout: they are honoured until their writers finish.
	 */
	private long belowReleasedReservations(Document counter) {
		long readable = Long.MAX_VALUE;
		Instant oldestKept = this.clock.instant().minus(this.timeout);
		for (Document reservation : reservationsIn(counter)) {
			long first = reservation.get(ChangeLogFields.FIRST, Number.class).longValue();
			if (reservation.getDate(ChangeLogFields.AT).toInstant().isBefore(oldestKept)) {
				this.mongo.updateFirst(new Query(theCounter()),
						new Update().pull(ChangeLogFields.RESERVATIONS, new Document(ChangeLogFields.FIRST, first)),
						ChangeLogFields.COUNTER);
			}
			else {
				readable = Math.min(readable, first - 1);
			}
		}
		return readable;
	}

	/** Marks every sequence number up to this one as pruned, before the entries go. */
	void prunedThrough(long sequence) {
		Query lower = new Query(theCounter().and(ChangeLogFields.PRUNED_THROUGH).lt(sequence));
		this.mongo.updateFirst(lower, new Update().set(ChangeLogFields.PRUNED_THROUGH, sequence),
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
					.append(ChangeLogFields.PENDING, new Document())
					.append(ChangeLogFields.PRUNED_THROUGH, 0L), ChangeLogFields.COUNTER);
		}
		catch (DuplicateKeyException ex) {
			// another instance created it first
		}
		return counter();
	}

	private static String pendingField(long first) {
		return ChangeLogFields.PENDING + "." + first;
	}

	private static Criteria theCounter() {
		return Criteria.where(ChangeLogFields.ID).is(ChangeLogFields.COUNTER_ID);
	}

	private static List<Reservation> pendingIn(Document counter) {
		Object field = counter.get(ChangeLogFields.PENDING);
		if (!(field instanceof Document pending)) {
			return List.of();
		}
		List<Reservation> reservations = new ArrayList<>(pending.size());
		for (Map.Entry<String, Object> entry : pending.entrySet()) {
			Document reservation = (Document) entry.getValue();
			reservations.add(new Reservation(Long.parseLong(entry.getKey()),
					reservation.get(ChangeLogFields.LAST, Number.class).longValue(),
					reservation.getDate(ChangeLogFields.AT).toInstant()));
		}
		reservations.sort(Comparator.comparingLong(Reservation::first));
		return reservations;
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
