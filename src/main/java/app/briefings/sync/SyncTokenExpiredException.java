package app.briefings.sync;

import app.briefings.graphql.error.ApiException;
import app.briefings.graphql.error.ErrorCode;

/** A sync token from before the oldest change the log still keeps. */
class SyncTokenExpiredException extends ApiException {

	SyncTokenExpiredException() {
		super(ErrorCode.SYNC_TOKEN_EXPIRED,
				"This sync token is older than the changes kept; resync from the feed (briefings), "
						+ "then call briefingChanges without 'after' and keep its syncToken");
	}

}
