package app.briefings.ingestion;

import java.util.Map;

import app.briefings.graphql.error.ApiException;
import app.briefings.graphql.error.ErrorCode;

/** Raised when the caller's partner has no document with the external ID given. */
class DocumentNotFoundException extends ApiException {

	DocumentNotFoundException(String partner, String externalId) {
		super(ErrorCode.NOT_FOUND, "Partner '" + partner + "' has no document with external ID '" + externalId + "'",
				Map.of("field", "externalId"));
	}

}
