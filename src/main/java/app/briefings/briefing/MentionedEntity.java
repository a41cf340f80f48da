package app.briefings.briefing;

/** An entity that briefings can mention, named by type and stored id. */
record MentionedEntity(MentionedEntityType type, String entityId) {

	/** The briefing field listing the ids of entities of this type. */
	String idField() {
		return switch (this.type) {
			case OFFICIAL -> BriefingFields.OFFICIAL_IDS;
			case ORGANIZATION -> BriefingFields.ORGANIZATION_IDS;
			case OPERATION -> BriefingFields.OPERATION_IDS;
			case PLACE -> BriefingFields.PLACE_IDS;
			case EVENT -> BriefingFields.EVENT_IDS;
		};
	}

}
