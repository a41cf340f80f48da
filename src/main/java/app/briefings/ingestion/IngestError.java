package app.briefings.ingestion;

import org.jspecify.annotations.Nullable;

/**
 * Why one document of a batch was rejected: the {@code IngestError} of the schema.
 *
 * @param code the error code, as in {@code extensions.code} of a top-level error
 * @param field the input field at fault, where one is
 */
public record IngestError(String code, @Nullable String field, String message) {

}
