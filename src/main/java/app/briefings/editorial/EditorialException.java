package app.briefings.editorial;

import java.util.Map;

import app.briefings.graphql.error.ApiException;
import app.briefings.graphql.error.ErrorCode;

/**
 * An editor's request that cannot be carried out, with its code and the argument or input
 * field at fault.
 */
class EditorialException extends ApiException {

	private EditorialException(ErrorCode code, String field, String message) {
		super(code, message, Map.of("field", field));
	}

	static EditorialException invalid(String field, String message) {
		return new EditorialException(ErrorCode.BAD_USER_INPUT, field, message);
	}

	static EditorialException notFound(String field, String globalId) {
		return new EditorialException(ErrorCode.NOT_FOUND, field, "Nothing has the ID '" + globalId + "'");
	}

	static EditorialException conflict(String field, String message) {
		return new EditorialException(ErrorCode.CONFLICT, field, message);
	}

}
