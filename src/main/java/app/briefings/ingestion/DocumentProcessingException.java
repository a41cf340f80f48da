package app.briefings.ingestion;

import java.util.Map;
import java.util.UUID;

import app.briefings.graphql.error.ApiException;
import app.briefings.graphql.error.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Raised when extraction fails on a valid document: a defect of the extractor, not of the
 * input. Nothing is stored; the message carries an id that finds the logged cause.
 */
class DocumentProcessingException extends ApiException {

	private static final Logger logger = LoggerFactory.getLogger(DocumentProcessingException.class);

	private DocumentProcessingException(String errorId) {
		super(ErrorCode.INTERNAL_ERROR,
				"The text could not be processed and was not stored; quote error id " + errorId + " when reporting it",
				Map.of("field", "text"));
	}

	/** The failure, logged with its cause under a new error id. */
	static DocumentProcessingException logged(RuntimeException cause) {
		String errorId = UUID.randomUUID().toString();
		logger.error("Extraction failed, error id {}", errorId, cause);
		return new DocumentProcessingException(errorId);
	}

}
