package app.briefings.ingestion.document;

import java.util.Map;

import app.briefings.graphql.error.ApiException;
import app.briefings.graphql.error.ErrorCode;

/**
 * Raised for a document input that cannot be ingested; names the input field at fault.
 */
public class InvalidDocumentException extends ApiException {

	public InvalidDocumentException(String field, String message) {
		super(ErrorCode.BAD_USER_INPUT, message, Map.of("field", field));
	}

}
