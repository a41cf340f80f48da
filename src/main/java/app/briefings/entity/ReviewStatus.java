package app.briefings.entity;

/**
 * Whether editors curated an entity or extraction created it from a name that matched
 * nothing known.
 */
public enum ReviewStatus {

	CURATED, UNREVIEWED

}
