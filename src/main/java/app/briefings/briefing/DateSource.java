package app.briefings.briefing;

/** Where a briefing's publication time comes from. */
public enum DateSource {

	/** The date printed in the item itself. */
	ITEM,
	/** The publication date sent with the document. */
	DOCUMENT,
	/** No date was known: the time of ingestion. */
	INGESTION

}
