/**
 * Shared execution of subscription events: subscribers whose selection, variables and
 * rights are equal run the selection set once per event and reuse its result.
 */
@NullMarked
package app.briefings.graphql.subscription;

import org.jspecify.annotations.NullMarked;
