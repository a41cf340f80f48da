package app.briefings.sync;

/**
 * The collections and stored field names of the change log: the entries
 * ({@link ChangeEntry}) and the one counter document {@link SequenceReservations} keeps,
 * for the queries and updates written on them. The entry names follow the record
 * components; a renamed component is renamed here once.
 */
final class ChangeLogFields {

	/** The collection of {@link ChangeEntry}. */
	static final String ENTRIES = "briefingChanges";

	/** An entry's sequence number, its id. */
	static final String SEQUENCE = "_id";

	static final String CHANGED_AT = "changedAt";

	/** The collection of the sequence counter. */
	static final String COUNTER = "briefingChangeSequence";

	/** The id of the counter document. */
	static final String COUNTER_ID = "briefingChanges";

	static final String ID = "_id";

	/** The last sequence number the counter allocated. */
	static final String LAST = "last";

	/**
	 * The reservations that may still be being written, keyed by their first sequence
	 * number, each {@code {last, at}}.
	 */
	static final String PENDING = "pending";

	/**
	 * The reservations of versions that released them with a command of their own, each
	 * {@code {first, at}}: honoured until released or timed out, never written any more.
	 */
	static final String RESERVATIONS = "reservations";

	/** Within a reservation: its first sequence number. */
	static final String FIRST = "first";

	/** Within a reservation: when it was made. */
	static final String AT = "at";

	/**
	 * Marks a sequence number a reader filled because its writer did not write it in
	 * time.
	 */
	static final String FILLED = "filled";

	/** The highest sequence number pruned. */
	static final String PRUNED_THROUGH = "prunedThrough";

	private ChangeLogFields() {
	}

}
