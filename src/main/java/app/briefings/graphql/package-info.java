/**
 * Cross-cutting GraphQL infrastructure: global IDs, paging, scalars, error codes and node
 * lookup.
 */
@NullMarked
package app.briefings.graphql;

import org.jspecify.annotations.NullMarked;
