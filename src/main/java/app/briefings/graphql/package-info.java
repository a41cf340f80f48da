/**
 * Cross-cutting GraphQL infrastructure, with no knowledge of the features: execution-wide
 * settings (data loaders, the request timeout, no {@code @defer}) and batch look-ups
 * here; paging, global IDs, errors, HTTP, server-sent events, persisted queries and
 * scalars in the sub-packages.
 */
@NullMarked
package app.briefings.graphql;

import org.jspecify.annotations.NullMarked;
