package app.briefings.ingestion.extraction;

/**
 * Thrown from an extractor's checkpoint when its {@link CancellationToken} says the work
 * is no longer wanted; nothing of the extraction is kept.
 */
public class ExtractionCancelledException extends RuntimeException {

	ExtractionCancelledException() {
		super("Extraction was cancelled before it finished");
	}

}
