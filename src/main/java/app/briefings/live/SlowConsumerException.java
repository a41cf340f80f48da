package app.briefings.live;

import app.briefings.graphql.error.ApiException;
import app.briefings.graphql.error.ErrorCode;

/**
 * Ends the subscription of a subscriber whose buffer of undelivered events overflowed.
 */
class SlowConsumerException extends ApiException {

	SlowConsumerException(int buffer) {
		super(ErrorCode.SLOW_CONSUMER, "More than " + buffer
				+ " events waited for this subscriber, so its subscription ended; subscribe again and read faster");
	}

}
