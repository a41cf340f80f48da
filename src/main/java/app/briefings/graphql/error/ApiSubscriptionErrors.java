package app.briefings.graphql.error;

import graphql.GraphQLError;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * Gives an {@link ApiException} that ends a running subscription (a revoked key, say) its
 * code, as {@link GraphQlExceptionHandlers} does for errors raised while fetching.
 */
@Component
class ApiSubscriptionErrors extends SubscriptionExceptionResolverAdapter {

	@Override
	protected @Nullable GraphQLError resolveToSingleError(Throwable exception) {
		return (exception instanceof ApiException api) ? api.toGraphQlError() : null;
	}

}
