package app.briefings.ingestion.extraction;

import org.jspecify.annotations.Nullable;

/**
 * One line of a page with the kind the layout stage gave it and the evidence for it.
 *
 * @param label what the line names beside its kind: the speaker of a turn or an answer,
 * the author of a byline, or null
 * @param dateline the dateline the line opens with, or null
 * @param printedDate the date a metadata line prints, or null
 */
record ClassifiedLine(String text, LineKind kind, String evidence, @Nullable String label, @Nullable Dateline dateline,
		@Nullable PrintedDate printedDate) {

	static ClassifiedLine of(String text, LineKind kind, String evidence) {
		return new ClassifiedLine(text, kind, evidence, null, null, null);
	}

	ClassifiedLine as(LineKind newKind, String newEvidence) {
		return new ClassifiedLine(this.text, newKind, newEvidence, this.label, this.dateline, this.printedDate);
	}

	boolean is(LineKind other) {
		return this.kind == other;
	}

	/** The prose of the line: the text after its dateline, or the whole line. */
	String prose() {
		return this.dateline == null ? this.text : this.text.substring(this.dateline.end());
	}

	/**
	 * The place-and-date opening of a wire item, and where the item's prose begins after
	 * it.
	 *
	 * @param month the month as written, or null for an undated dateline
	 * @param year the year as written, or null
	 * @param place the place the dateline opens with, as written ("TASHKENT", «Ереван»),
	 * or null
	 */
	record Dateline(@Nullable String month, int day, @Nullable String year, int end, @Nullable String place) {

	}

}
