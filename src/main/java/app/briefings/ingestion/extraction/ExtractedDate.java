package app.briefings.ingestion.extraction;

import java.time.LocalDate;

/**
 * A date mentioned in an item's body.
 *
 * @param date the date; its unknown parts are the first day of the month or year
 */
public record ExtractedDate(LocalDate date, DatePrecision precision, String surface, Span span) {

}
