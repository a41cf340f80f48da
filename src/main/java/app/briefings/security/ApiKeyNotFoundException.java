package app.briefings.security;

import java.util.Map;

import app.briefings.graphql.error.ApiException;
import app.briefings.graphql.error.ErrorCode;

/** No stored, unrevoked API key has the ID a mutation names. */
class ApiKeyNotFoundException extends ApiException {

	ApiKeyNotFoundException(String globalId) {
		super(ErrorCode.NOT_FOUND, "No active API key has the ID '" + globalId + "'", Map.of("field", "id"));
	}

}
