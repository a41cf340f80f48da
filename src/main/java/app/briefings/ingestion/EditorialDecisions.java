package app.briefings.ingestion;

import java.util.List;

import app.briefings.briefing.Briefing;

/**
 * The editors' decisions about a document's briefings (a quote's speaker, a mention
 * removed), applied after every extraction of the document so that they outlast
 * re-extraction and partners' corrections. Implemented by the editorial feature.
 */
public interface EditorialDecisions {

	/**
	 * The briefings of one version of a document as editors decided them.
	 * @param documentId the document
	 * @param extracted every briefing of this version, as extraction assembled them
	 */
	List<Briefing> applyTo(String documentId, List<Briefing> extracted);

}
