package app.briefings.ingestion;

/** What ingesting one document did: the {@code IngestOutcome} of the schema. */
public enum IngestOutcome {

	/** A new document: its briefings were created. */
	CREATED,
	/**
	 * A correction: the partner's document with this external ID had a different text;
	 * its briefings were rewritten in place at the next version.
	 */
	UPDATED,
	/** The same document with the same text was stored already: nothing was written. */
	DUPLICATE,
	/** The input was invalid: nothing was stored; the error says why. */
	REJECTED

}
