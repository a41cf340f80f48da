package app.briefings.ingestion.linking;

import java.time.Duration;

import app.briefings.graphql.error.ApiException;
import app.briefings.graphql.error.ErrorCode;

/**
 * Raised when a document's extraction was stopped at its time limit, the request timeout,
 * before anything of it was stored.
 */
class ExtractionTimedOutException extends ApiException {

	ExtractionTimedOutException(Duration limit) {
		super(ErrorCode.REQUEST_TIMEOUT, "Extracting the document's text took longer than " + limit.toMillis()
				+ " ms and was stopped; nothing was stored");
	}

}
