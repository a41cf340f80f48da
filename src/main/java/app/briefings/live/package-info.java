/**
 * Live updates: the {@code briefingPublished} subscription over graphql-ws and
 * server-sent events, fed by the change feed so that subscribers on any instance hear of
 * briefings written by any other.
 */
@NullMarked
package app.briefings.live;

import org.jspecify.annotations.NullMarked;
