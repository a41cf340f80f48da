/**
 * Global IDs and the {@code Node} interface: encoding and decoding of IDs, and
 * {@code node(id)} / {@code nodes(ids)} over the resolvers each feature provides.
 */
@NullMarked
package app.briefings.graphql.node;

import org.jspecify.annotations.NullMarked;
