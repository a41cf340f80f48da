/**
 * Subscriptions over server-sent events: the event writer, event ids for resuming, and
 * the refusal of anything that is not a subscription.
 */
@NullMarked
package app.briefings.graphql.sse;

import org.jspecify.annotations.NullMarked;
