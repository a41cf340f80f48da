package app.briefings.ingestion.document;

import org.jspecify.annotations.Nullable;

/**
 * The {@code IngestDocumentInput} of the schema: a raw document as a partner sends it.
 */
public record IngestDocumentInput(@Nullable String text, @Nullable String sourceName, @Nullable String sourceUrl,
		@Nullable String publishedAt, @Nullable String language, @Nullable String externalId) {

}
