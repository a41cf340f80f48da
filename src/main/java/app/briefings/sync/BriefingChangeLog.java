package app.briefings.sync;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Appends briefing changes to the change log, from the code that publishes, corrects and
 * retracts briefings, after the briefings are written and before the work is marked done
 * (so a crash in between leaves the work to be redone, and logged then). Entries get
 * sequence numbers from {@link SequenceReservations}; see docs/sync.md for why readers
 * never skip one.
 */
public class BriefingChangeLog {

	private static final Logger logger = LoggerFactory.getLogger(BriefingChangeLog.class);

	private static final int ATTEMPTS = 3;

	private final MongoOperations mongo;

	private final SequenceReservations sequences;

	private final Clock clock;

	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

	BriefingChangeLog(MongoOperations mongo, SequenceReservations sequences, Clock clock) {
		this.mongo = mongo;
		this.sequences = sequences;
		this.clock = clock;
	}

	/**
	 * Logs these changes, in this order.
	 * @return the sequence numbers of the entries
	 */
	public LoggedEntries record(List<Change> changes) {
		if (changes.isEmpty()) {
			return LoggedEntries.NONE;
		}
		for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
			SequenceReservations.Reservation reservation = this.sequences.reserve(changes.size());
			if (write(reservation, changes)) {
				this.listeners.forEach(Runnable::run);
				return new LoggedEntries(reservation.first(), reservation.last());
			}
			logger.warn("Logging {} briefing changes took longer than the reservation timeout; logging them again",
					changes.size());
		}
		throw new IllegalStateException("Could not log " + changes.size() + " briefing changes within the "
				+ "reservation timeout in " + ATTEMPTS + " attempts");
	}

	/** Runs the listener each time this instance has logged changes. */
	void afterRecording(Runnable listener) {
		this.listeners.add(listener);
	}

	/**
	 * Writes the entries under a reservation; the entry of its last number, written last,
	 * tells readers it is finished.
	 * @return false when the reservation had timed out and a reader filled it, so the
	 * changes must be logged again
	 */
	boolean write(SequenceReservations.Reservation reservation, List<Change> changes) {
		if (reservation.size() != changes.size()) {
			throw new IllegalArgumentException(
					"Reserved " + reservation.size() + " sequence numbers for " + changes.size() + " changes");
		}
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		List<ChangeEntry> entries = new ArrayList<>(changes.size());
		for (int index = 0; index < changes.size(); index++) {
			Change change = changes.get(index);
			entries.add(new ChangeEntry(reservation.first() + index, change.briefingId(), change.kind(),
					change.version(), now));
		}
		try {
			this.mongo.insert(entries, ChangeEntry.class);
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
		this.sequences.written(reservation);
		return true;
	}

	/**
	 * One change to log.
	 *
	 * @param briefingId the stored id of the briefing
	 * @param version the briefing's version after the change
	 */
	public record Change(String briefingId, BriefingChangeKind kind, int version) {

	}

}
