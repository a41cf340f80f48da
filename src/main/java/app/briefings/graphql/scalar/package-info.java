/**
 * The schema's custom scalars {@code DateTime} and {@code Date}.
 */
@NullMarked
package app.briefings.graphql.scalar;

import org.jspecify.annotations.NullMarked;
