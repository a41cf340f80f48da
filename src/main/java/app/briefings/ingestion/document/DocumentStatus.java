package app.briefings.ingestion.document;

/** How far ingestion of a raw document got. */
public enum DocumentStatus {

	/**
	 * Stored; its briefings, or a correction or retraction of them, may not all be
	 * written yet. A retry or the next start completes it.
	 */
	PENDING,
	/** Every briefing of the current version is written. */
	DONE,
	/** Retracted by its partner: every briefing of it is retracted. */
	RETRACTED

}
