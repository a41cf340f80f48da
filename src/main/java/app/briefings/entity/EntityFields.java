package app.briefings.entity;

/**
 * The collections and stored field names of the knowledge-base entities (officials,
 * organizations, operations, places and events), for the queries, updates and indexes
 * written on raw documents. The entity records name their collection and renamed fields
 * with these constants, so each name has this one home.
 */
public final class EntityFields {

	public static final String OFFICIALS = "officials";

	public static final String ORGANIZATIONS = "organizations";

	public static final String OPERATIONS = "operations";

	public static final String PLACES = "places";

	public static final String EVENTS = "events";

	public static final String ID = "_id";

	public static final String NAME = "name";

	public static final String ALIASES = "aliases";

	public static final String DESCRIPTION = "description";

	public static final String REVIEW_STATUS = "reviewStatus";

	/** The kind of an operation or a place. */
	public static final String KIND = "kind";

	/** An official's positions over time. */
	public static final String POSITIONS = "positions";

	/** An operation's editions. */
	public static final String EDITIONS = "editions";

	/**
	 * The organization of a position, an operation or an event.
	 */
	public static final String ORGANIZATION = "organization";

	/** An organization's parent organization. */
	public static final String PARENT = "parent";

	/** A place's country. */
	public static final String COUNTRY = "country";

	/** The place of an event. */
	public static final String PLACE = "place";

	/** The title of an official's position. */
	public static final String TITLE = "title";

	public static final String POSITION_ORGANIZATION = POSITIONS + "." + ORGANIZATION;

	private EntityFields() {
	}

}
