/**
 * Automatic persisted queries (Apollo's protocol) with a cache bounded in entries and in
 * bytes.
 */
@NullMarked
package app.briefings.graphql.persisted;

import org.jspecify.annotations.NullMarked;
