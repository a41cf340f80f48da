/**
 * The GraphQL API of ingestion: the mutations partners call, their payloads, and the
 * ingestion records a partner reads back.
 */
@NullMarked
package app.briefings.ingestion.api;

import org.jspecify.annotations.NullMarked;
