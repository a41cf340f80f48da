package app.briefings.knowledgebase;

import app.briefings.entity.EntityFields;

/** The MongoDB collections of the knowledge base, each with its curated data file. */
public enum KnowledgeBaseCollection {

	OFFICIALS(EntityFields.OFFICIALS), ORGANIZATIONS(EntityFields.ORGANIZATIONS), OPERATIONS(EntityFields.OPERATIONS),
	PLACES(EntityFields.PLACES), EVENTS(EntityFields.EVENTS);

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
