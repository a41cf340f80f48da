package app.briefings.briefing;

/**
 * Whether a briefing is visible in feeds and search. A retracted briefing still resolves
 * by its id, so that clients holding it can see that it was withdrawn.
 */
public enum BriefingStatus {

	/** Listed in feeds and search. */
	PUBLISHED,
	/** Withdrawn: its document was retracted, or a correction left no item for it. */
	RETRACTED

}
