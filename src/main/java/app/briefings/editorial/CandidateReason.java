package app.briefings.editorial;

/**
 * Why extraction left a name to editors: it fits several known entities, or it matches
 * nothing known.
 */
enum CandidateReason {

	AMBIGUOUS, UNKNOWN

}
