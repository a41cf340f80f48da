/**
 * Errors with a stable {@code extensions.code}: the closed set of codes, the exception
 * features extend, and the handlers that turn every failure into a coded error.
 */
@NullMarked
package app.briefings.graphql.error;

import org.jspecify.annotations.NullMarked;
