package app.briefings.ingestion;

import java.util.Map;

import app.briefings.graphql.error.ApiException;
import app.briefings.graphql.error.ErrorCode;

/** Raised for an {@code ingestDocuments} call with more documents than one call takes. */
class TooManyDocumentsException extends ApiException {

	TooManyDocumentsException(int sent, int limit) {
		super(ErrorCode.BAD_USER_INPUT,
				sent + " documents were sent in one call; at most " + limit + " are accepted: split the batch",
				Map.of("field", "inputs"));
	}

}
