package app.briefings.ingestion.accounting;

/**
 * A stage of ingesting a document whose cost {@link StageAccounting} counts. Stages nest;
 * each is charged only what its nested stages did not spend.
 */
public enum IngestionStage {

	/** HTTP, security and GraphQL around an ingestion request, outside the service. */
	REQUEST("request"),

	/** The service's own work outside the stages below: validation, ids, results. */
	SERVICE("service"),

	/** Looking up the stored document before extracting. */
	LOOKUP("lookup"),

	/** Extracting items, mentions and quotes from the text. */
	EXTRACTION("extraction"),

	/** Inserting the raw document, pending. */
	INSERT("insert"),

	/** Resolving the extracted entities to stored ones, creating the unknown. */
	ENTITIES("entities"),

	/** Assembling the briefings from the extracted items. */
	ASSEMBLY("assembly"),

	/** The bulk write of the briefings. */
	BULK_WRITE("bulk-write"),

	/** Logging the changes in the change log. */
	CHANGE_LOG("change-log"),

	/** Marking the version done. */
	FINISH("finish"),

	/**
	 * Announcing the changed briefings: the listeners not counted in a stage of their
	 * own.
	 */
	ANNOUNCE("announce"),

	/** Updating the search index for the changed briefings. */
	SEARCH_INDEX("search-index"),

	/** Announcing the entity candidates the extractor found. */
	CANDIDATES("candidates");

	private final String tag;

	IngestionStage(String tag) {
		this.tag = tag;
	}

	/** The stage's name in metrics. */
	public String tag() {
		return this.tag;
	}

}
