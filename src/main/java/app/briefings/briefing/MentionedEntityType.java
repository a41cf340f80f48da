package app.briefings.briefing;

/** The collection a mention's entity lives in. */
public enum MentionedEntityType {

	OFFICIAL, ORGANIZATION, OPERATION, PLACE, EVENT

}
