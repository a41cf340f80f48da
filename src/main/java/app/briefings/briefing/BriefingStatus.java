package app.briefings.briefing;

/** Whether a briefing is visible in feeds. */
public enum BriefingStatus {

	PUBLISHED, RETRACTED

}
