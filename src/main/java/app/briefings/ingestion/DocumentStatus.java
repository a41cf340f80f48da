package app.briefings.ingestion;

/** How far ingestion of a raw document got. */
enum DocumentStatus {

	/**
	 * Stored; its briefings may not all be written yet. A retry or the next start
	 * completes it.
	 */
	PENDING,
	/** Every briefing is written. */
	DONE

}
