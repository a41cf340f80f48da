package app.briefings.entity;

/**
 * Where an entity stands with editors: curated with the application, created by
 * extraction and not yet looked at, confirmed by an editor, or rejected as not a real
 * entity (then no longer linked by name).
 */
public enum ReviewStatus {

	CURATED, UNREVIEWED, REVIEWED, REJECTED

}
