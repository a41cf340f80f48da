package app.briefings.graphql.subscription;

import graphql.GraphQLContext;

/**
 * What changes what the caller of a subscription may see, as a value that is equal for
 * callers who see the same: subscribers share an event's result only when their rights
 * are equal. The feature that knows the callers provides it as a bean.
 */
@FunctionalInterface
public interface SubscriberRights {

	/**
	 * The rights of the caller whose request this context belongs to.
	 * @param context the subscription request's context, holding the thread-locals Spring
	 * for GraphQL saved for it
	 * @return a value with equals and hashCode
	 */
	Object of(GraphQLContext context);

}
