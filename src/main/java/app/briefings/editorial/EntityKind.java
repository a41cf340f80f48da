package app.briefings.editorial;

import app.briefings.briefing.BriefingFields;
import app.briefings.briefing.MentionedEntityType;
import app.briefings.entity.EntityFields;
import app.briefings.event.Event;
import app.briefings.graphql.node.GlobalId;
import app.briefings.graphql.node.InvalidGlobalIdException;
import app.briefings.official.Official;
import app.briefings.operation.Operation;
import app.briefings.organization.Organization;
import app.briefings.place.Place;

/**
 * The entity types editors work on, each with its GraphQL type name, its collection, its
 * record and the id array that briefings keep for it.
 */
enum EntityKind {

	OFFICIAL("Official", EntityFields.OFFICIALS, Official.class, BriefingFields.OFFICIAL_IDS),
	ORGANIZATION("Organization", EntityFields.ORGANIZATIONS, Organization.class, BriefingFields.ORGANIZATION_IDS),
	OPERATION("Operation", EntityFields.OPERATIONS, Operation.class, BriefingFields.OPERATION_IDS),
	PLACE("Place", EntityFields.PLACES, Place.class, BriefingFields.PLACE_IDS),
	EVENT("Event", EntityFields.EVENTS, Event.class, BriefingFields.EVENT_IDS);

	private final String typeName;

	private final String collection;

	private final Class<?> recordType;

	private final String briefingIdsField;

	EntityKind(String typeName, String collection, Class<?> recordType, String briefingIdsField) {
		this.typeName = typeName;
		this.collection = collection;
		this.recordType = recordType;
		this.briefingIdsField = briefingIdsField;
	}

	String typeName() {
		return this.typeName;
	}

	String collection() {
		return this.collection;
	}

	Class<?> recordType() {
		return this.recordType;
	}

	String briefingIdsField() {
		return this.briefingIdsField;
	}

	MentionedEntityType mentionedType() {
		return MentionedEntityType.valueOf(name());
	}

	static EntityKind of(MentionedEntityType type) {
		return valueOf(type.name());
	}

	/** The entity a global ID names; an ID of any other type is invalid. */
	static EntityId decode(String globalId) {
		GlobalId decoded = GlobalId.decode(globalId);
		for (EntityKind kind : values()) {
			if (kind.typeName.equals(decoded.type())) {
				return new EntityId(kind, decoded.id());
			}
		}
		throw new InvalidGlobalIdException(globalId, "Entity");
	}

	/** A stored entity id with its type. */
	record EntityId(EntityKind kind, String id) {

		String globalId() {
			return GlobalId.encode(this.kind.typeName(), this.id);
		}

	}

}
