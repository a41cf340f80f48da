package app.briefings.graphql.node;

import app.briefings.graphql.error.ApiException;
import app.briefings.graphql.error.ErrorCode;

/**
 * Raised for a global ID that does not decode, or that names another type than expected.
 */
public class InvalidGlobalIdException extends ApiException {

	public InvalidGlobalIdException(String id) {
		super(ErrorCode.INVALID_ID, "'" + abbreviate(id) + "' is not a valid ID");
	}

	public InvalidGlobalIdException(String id, String expectedType) {
		super(ErrorCode.INVALID_ID, "'" + abbreviate(id) + "' is not an ID of type " + expectedType);
	}

	private static String abbreviate(String id) {
		return (id.length() <= 80) ? id : id.substring(0, 80) + "…";
	}

}
