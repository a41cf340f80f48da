package app.briefings.search;

/**
 * What an index folder held when it was opened: a usable index of this schema version, or
 * nothing usable, and then why. An unusable index is deleted before a new one is started
 * in its place ({@link OpenedIndex}).
 */
enum IndexCondition {

	/** An index of this schema version that opened cleanly: kept and caught up. */
	READY,

	/** No index at all. */
	MISSING,

	/** Files Lucene could not read: truncated, damaged, or of an unsupported format. */
	CORRUPT,

	/** An index written with another {@link SearchFields#SCHEMA_VERSION}. */
	OTHER_SCHEMA;

}
