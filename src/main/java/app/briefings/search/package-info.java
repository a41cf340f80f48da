/**
 * Full-text search over briefings: a search port, its embedded Lucene implementation kept
 * current from the change feed, and the {@code search} query.
 */
@NullMarked
package app.briefings.search;

import org.jspecify.annotations.NullMarked;
