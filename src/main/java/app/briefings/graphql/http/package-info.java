/**
 * GraphQL over HTTP: {@code GET /graphql}, entity tags, and the status codes of answers.
 */
@NullMarked
package app.briefings.graphql.http;

import org.jspecify.annotations.NullMarked;
