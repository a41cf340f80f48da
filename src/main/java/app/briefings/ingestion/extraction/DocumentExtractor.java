package app.briefings.ingestion.extraction;

import java.util.Collection;

/**
 * Extracts items, mentions, quotes and dates from a raw document, linking names to the knowledge
 * base entities it was built with.
 */
public final class DocumentExtractor {

	/** Recorded on every briefing so that re-extraction can find what an older version produced. */
	public static final String VERSION = "1";

	private final Collection<KnownEntity> knownEntities;

	public DocumentExtractor(Collection<KnownEntity> knownEntities) {
		this.knownEntities = knownEntities;
	}

	public ExtractedDocument extract(ExtractionInput input) {
		throw new UnsupportedOperationException("not written yet");
	}

}
