package app.briefings.editorial;

/** The progress of a re-extraction job. */
enum ReextractionStatus {

	QUEUED, RUNNING, DONE, FAILED

}
