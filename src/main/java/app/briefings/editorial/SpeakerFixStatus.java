package app.briefings.editorial;

/**
 * Whether a speaker fix is applied at each extraction, waits for an editor because its
 * quote could not be found again, or was dismissed by one.
 */
enum SpeakerFixStatus {

	ACTIVE, NEEDS_REVIEW, DISMISSED

}
