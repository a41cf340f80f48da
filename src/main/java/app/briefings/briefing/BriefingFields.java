package app.briefings.briefing;

/**
 * The stored field names of {@link Briefing} documents and of the quotes, mentions and
 * source embedded in them, for the queries, updates and indexes written on raw documents.
 * The names follow the record components; a renamed component is renamed here once.
 */
public final class BriefingFields {

	/** The collection {@link Briefing} is stored in. */
	public static final String COLLECTION = "briefings";

	public static final String ID = "_id";

	public static final String DOCUMENT_ID = "documentId";

	public static final String TITLE = "title";

	public static final String BODY = "body";

	public static final String PUBLISHED_AT = "publishedAt";

	public static final String LANGUAGE = "language";

	public static final String SOURCE = "source";

	public static final String SOURCE_NAME = SOURCE + ".name";

	public static final String QUOTES = "quotes";

	public static final String MENTIONS = "mentions";

	public static final String OFFICIAL_IDS = "officialIds";

	public static final String ORGANIZATION_IDS = "organizationIds";

	public static final String OPERATION_IDS = "operationIds";

	public static final String PLACE_IDS = "placeIds";

	public static final String EVENT_IDS = "eventIds";

	public static final String STATUS = "status";

	public static final String VERSION = "version";

	public static final String EDITORIAL_REVISION = "editorialRevision";

	public static final String EDITED_AT = "editedAt";

	public static final String RETRACTED_AT = "retractedAt";

	/** Within a quote: the linked speaker. */
	public static final String SPEAKER_ID = "speakerId";

	/** Within a quote: its text. */
	public static final String TEXT = "text";

	/** Within a mention: the linked entity. */
	public static final String ENTITY_ID = "entityId";

	/** Within a mention: the type of the linked entity. */
	public static final String ENTITY_TYPE = "entityType";

	/** Within a mention: where it occurs in the text. */
	public static final String SPANS = "spans";

	/** Within a span: its first character. */
	public static final String START = "start";

	/** Within a mention or a quote: how sure the extractor was. */
	public static final String CONFIDENCE = "confidence";

	public static final String QUOTE_SPEAKER_ID = QUOTES + "." + SPEAKER_ID;

	private BriefingFields() {
	}

	/** The path of a field of the quote at {@code index}, for positional updates. */
	public static String quoteField(int index, String field) {
		return QUOTES + "." + index + "." + field;
	}

}
