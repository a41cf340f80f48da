/**
 * Relay connections: page requests, opaque keyset cursors, page information and the
 * lazily counted {@code totalCount}.
 */
@NullMarked
package app.briefings.graphql.paging;

import org.jspecify.annotations.NullMarked;
