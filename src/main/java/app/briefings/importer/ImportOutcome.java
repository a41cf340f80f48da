package app.briefings.importer;

import org.jspecify.annotations.Nullable;

/**
 * What became of one record: exactly one of created, updated (a correction of a document
 * stored under the same external id), duplicate or rejected, the last with its reason.
 */
record ImportOutcome(Kind kind, @Nullable Rejection rejection) {

	static final ImportOutcome CREATED = new ImportOutcome(Kind.CREATED, null);

	static final ImportOutcome UPDATED = new ImportOutcome(Kind.UPDATED, null);

	static final ImportOutcome DUPLICATE = new ImportOutcome(Kind.DUPLICATE, null);

	static ImportOutcome rejected(Rejection rejection) {
		return new ImportOutcome(Kind.REJECTED, rejection);
	}

	/** The outcomes a record can have. */
	enum Kind {

		/** Stored as a new document with its briefings. */
		CREATED,
		/** Replaced an earlier version stored under the same external id. */
		UPDATED,
		/** Already stored; nothing changed. */
		DUPLICATE,
		/** Not ingested; see the report. */
		REJECTED

	}

}
