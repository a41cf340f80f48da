package app.briefings.briefing;

/** How much of a date the text gave. */
public enum DatePrecision {

	DAY, MONTH, YEAR

}
