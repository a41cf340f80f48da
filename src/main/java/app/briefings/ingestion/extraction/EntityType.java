package app.briefings.ingestion.extraction;

/** The kinds of knowledge-base entity that a mention can link to. */
public enum EntityType {

	OFFICIAL, ORGANIZATION, OPERATION, PLACE, EVENT

}
