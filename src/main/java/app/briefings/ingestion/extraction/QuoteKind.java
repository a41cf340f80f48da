package app.briefings.ingestion.extraction;

/** Whether a quote reproduces the speaker's words or reports them. */
public enum QuoteKind {

	DIRECT, INDIRECT

}
