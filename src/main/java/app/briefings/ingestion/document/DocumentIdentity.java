package app.briefings.ingestion.document;

import org.jspecify.annotations.Nullable;

/**
 * What makes two sends the same document: the partner and its external ID when it gives
 * one, else the partner and the content hash. The document id is derived from it with a
 * server-side key ({@link DocumentIds}), so a correction keeps the document's id and with
 * it the ids of its briefings, while nobody outside can compute an id from a partner name
 * and an external ID; the same text sent by two partners makes two documents.
 */
public record DocumentIdentity(String partner, @Nullable String externalId, String contentHash) {

	private static final int DERIVABLE_ID_LENGTH = 24;

	/** The partner and the key within it, as one text: what ids are derived from. */
	String name() {
		String key = (this.externalId != null) ? "external:" + this.externalId : "text:" + this.contentHash;
		return this.partner + "\n" + key;
	}

	/**
	 * The id documents stored before ids were keyed were given: the first characters of
	 * the SHA-256 of {@link #name()}, which anyone can compute.
	 */
	public String derivableId() {
		return ContentHash.of(name()).substring(0, DERIVABLE_ID_LENGTH);
	}

	public @Nullable String externalKey() {
		return (this.externalId != null) ? this.partner + "/" + this.externalId : null;
	}

	/**
	 * The id documents stored before identities included the partner were given: the
	 * first characters of the content hash.
	 */
	String legacyId() {
		return this.contentHash.substring(0, DERIVABLE_ID_LENGTH);
	}

	/** Whether a stored document id is of a kind stored before ids were keyed. */
	static boolean isDerivable(String documentId) {
		return documentId.length() == DERIVABLE_ID_LENGTH;
	}

}
