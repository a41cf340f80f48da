package app.briefings.graphql.error;

import graphql.GraphQLError;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * Ends a subscription that failed with an {@link ApiException} with that exception's
 * coded error (such as {@code SLOW_CONSUMER}), instead of the uncoded "Subscription
 * error" and a logged stack trace.
 */
@Component
class CodedSubscriptionErrors extends SubscriptionExceptionResolverAdapter {

	@Override
	protected @Nullable GraphQLError resolveToSingleError(Throwable exception) {
		if (exception instanceof ApiException api) {
			return api.toGraphQlError();
		}
		return null;
	}

}
