package app.briefings.knowledgebase;

/** The MongoDB collections of the knowledge base, each with its curated data file. */
public enum KnowledgeBaseCollection {

	OFFICIALS("officials"), ORGANIZATIONS("organizations"), OPERATIONS("operations"), PLACES("places"),
	EVENTS("events");

	private final String collectionName;

	KnowledgeBaseCollection(String collectionName) {
		this.collectionName = collectionName;
	}

	public String collectionName() {
		return this.collectionName;
	}

	String curatedDataPath() {
		return "knowledge-base/" + this.collectionName + ".json";
	}

}
