package app.briefings.editorial;

/**
 * How editors list candidates: by type and name key, most often seen first, or most
 * recently seen first.
 */
enum CandidateOrder {

	KEY, FREQUENCY, RECENCY

}
