package app.briefings.briefing;

import app.briefings.graphql.PageRequest;

/** Asks for one page of the briefings mentioning one entity. */
record EntityBriefingsKey(MentionedEntityType type, String entityId, PageRequest page) {

	String idField() {
		return switch (this.type) {
			case OFFICIAL -> "officialIds";
			case ORGANIZATION -> "organizationIds";
			case OPERATION -> "operationIds";
			case PLACE -> "placeIds";
			case EVENT -> "eventIds";
		};
	}

}
