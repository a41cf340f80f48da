/**
 * The schema as a download for client code generators: {@code GET /graphql/schema}
 * answers the committed SDL.
 */
@NullMarked
package app.briefings.schema;

import org.jspecify.annotations.NullMarked;
