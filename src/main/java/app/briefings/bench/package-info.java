/**
 * Benchmark support, active only under the Spring profile {@code bench}: a plain REST
 * twin of the GraphQL feed that measures what GraphQL costs.
 */
@NullMarked
package app.briefings.bench;

import org.jspecify.annotations.NullMarked;
