package app.briefings.ingestion.extraction;

import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/**
 * The publication date an item prints for itself (a dateline or a date/URL block), with
 * the time if given.
 */
public record PrintedDate(LocalDate date, @Nullable LocalTime time) {

}
