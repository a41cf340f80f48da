package app.briefings.ingestion.extraction;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The raw text to extract from, with what the sender told about it.
 *
 * @param language an ISO 639-1 hint ("en", "ru"), or null to detect per item
 * @param publishedAt the document's publication date, used to anchor year-less dates, or
 * null
 */
public record ExtractionInput(String text, @Nullable String language, @Nullable LocalDate publishedAt) {

}
