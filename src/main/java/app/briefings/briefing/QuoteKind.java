package app.briefings.briefing;

/** Whether a quote reproduces or reports the speaker's words. */
public enum QuoteKind {

	DIRECT, INDIRECT

}
