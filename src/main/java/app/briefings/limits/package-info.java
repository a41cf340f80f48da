/**
 * Limits on the shape and size of GraphQL requests, checked before anything runs.
 */
@NullMarked
package app.briefings.limits;

import org.jspecify.annotations.NullMarked;
