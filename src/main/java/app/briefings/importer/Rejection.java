package app.briefings.importer;

import org.jspecify.annotations.Nullable;

/**
 * Why a record was not ingested: a stable code (an API error code, or
 * {@code MALFORMED_RECORD} / {@code UNREADABLE_FILE} for records the command could not
 * read), the field at fault where known, and a message for people.
 */
record Rejection(String code, @Nullable String field, String message) {

	static final String MALFORMED_RECORD = "MALFORMED_RECORD";

	static final String UNREADABLE_FILE = "UNREADABLE_FILE";

	static Rejection malformed(@Nullable String field, String message) {
		return new Rejection(MALFORMED_RECORD, field, message);
	}

	static Rejection unreadable(String message) {
		return new Rejection(UNREADABLE_FILE, null, message);
	}

}
