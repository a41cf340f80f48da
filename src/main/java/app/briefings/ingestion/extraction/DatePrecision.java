package app.briefings.ingestion.extraction;

/** How much of a date the text actually gave. */
public enum DatePrecision {

	DAY, MONTH, YEAR

}
