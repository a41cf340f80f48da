package app.briefings.ingestion;

import java.util.Map;

import app.briefings.graphql.ApiException;
import app.briefings.graphql.ErrorCode;

/**
 * Raised for a document input that cannot be ingested; names the input field at fault.
 */
class InvalidDocumentException extends ApiException {

	InvalidDocumentException(String field, String message) {
		super(ErrorCode.BAD_USER_INPUT, message, Map.of("field", field));
	}

}
