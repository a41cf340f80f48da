package app.briefings.briefing;

import org.jspecify.annotations.Nullable;

/**
 * Where the document a briefing comes from was sent from, as far as deciding who may read
 * a retracted briefing needs it; the ingestion feature answers.
 */
public interface DocumentProvenance {

	/** The partner that sent the document, or null when no such document is stored. */
	@Nullable String partnerOf(String documentId);

	/**
	 * Whether the document's id, and so its briefings' ids, can be computed from its
	 * partner and external ID: documents stored before ids were keyed.
	 */
	boolean hasDerivableId(String documentId);

}
