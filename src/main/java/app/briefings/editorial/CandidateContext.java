package app.briefings.editorial;

import app.briefings.briefing.TextSpan;

/**
 * One place where a candidate name was written: the briefing, where, and the words
 * around.
 */
record CandidateContext(String briefingId, TextSpan span, String snippet) {

}
