package app.briefings.editorial;

/**
 * Why extraction left a name to editors: it fits several known entities, it matches
 * nothing known, or it is the speaker of a quote that attribution could not link for
 * certain (a reference such as "he" or "the general" that no recognized person fits).
 */
enum CandidateReason {

	AMBIGUOUS, UNKNOWN, UNRESOLVED_SPEAKER

}
