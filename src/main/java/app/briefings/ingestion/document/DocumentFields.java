package app.briefings.ingestion.document;

/**
 * The collection and stored field names of {@link RawDocument}, for the queries, updates
 * and indexes written on raw documents. The names follow the record components; a renamed
 * component is renamed here once.
 */
public final class DocumentFields {

	/** The collection {@link RawDocument} is stored in. */
	public static final String COLLECTION = "documents";

	public static final String ID = "_id";

	public static final String PARTNER = "partner";

	public static final String EXTERNAL_KEY = "externalKey";

	public static final String CONTENT_HASH = "contentHash";

	public static final String TEXT = "text";

	public static final String SOURCE_NAME = "sourceName";

	public static final String SOURCE_URL = "sourceUrl";

	public static final String PUBLISHED_AT = "publishedAt";

	public static final String LANGUAGE = "language";

	public static final String RECEIVED_AT = "receivedAt";

	public static final String STATUS = "status";

	public static final String BRIEFING_IDS = "briefingIds";

	public static final String VERSION = "version";

	public static final String REVISED_AT = "revisedAt";

	public static final String RETRACTED = "retracted";

	public static final String REMOVED_LINES = "removedLines";

	/**
	 * The earlier texts that documents stored before the revision store hold themselves.
	 */
	public static final String REVISIONS = "revisions";

	/**
	 * Within an earlier text {@link DocumentRevisionStore} keeps: the document it is an
	 * earlier text of (its version is stored as {@link #VERSION}).
	 */
	public static final String REVISION_DOCUMENT_ID = "documentId";

	private DocumentFields() {
	}

}
