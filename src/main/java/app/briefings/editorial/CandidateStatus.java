package app.briefings.editorial;

/** Where a candidate stands: waiting for an editor, accepted or dismissed. */
enum CandidateStatus {

	OPEN, ACCEPTED, DISMISSED

}
