package app.briefings.ingestion;

import org.jspecify.annotations.Nullable;

/**
 * What makes two sends the same document: the partner and its external ID when it gives
 * one, else the partner and the content hash. The document id is derived from it, so a
 * correction keeps the document's id and with it the ids of its briefings; the same text
 * sent by two partners makes two documents.
 */
record DocumentIdentity(String partner, @Nullable String externalId, String contentHash) {

	private static final int ID_LENGTH = 24;

	String documentId() {
		String key = (this.externalId != null) ? "external:" + this.externalId : "text:" + this.contentHash;
		return ContentHash.of(this.partner + "\n" + key).substring(0, ID_LENGTH);
	}

	@Nullable String externalKey() {
		return (this.externalId != null) ? this.partner + "/" + this.externalId : null;
	}

	/**
	 * The id documents stored before identities included the partner were given: the
	 * first characters of the content hash.
	 */
	String legacyId() {
		return this.contentHash.substring(0, ID_LENGTH);
	}

}
