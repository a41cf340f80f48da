package app.briefings.briefing;

/** An entity that briefings can mention, named by type and stored id. */
record MentionedEntity(MentionedEntityType type, String entityId) {

	/** The briefing field listing the ids of entities of this type. */
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
