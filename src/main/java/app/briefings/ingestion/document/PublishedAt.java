package app.briefings.ingestion.document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

/**
 * A publication time as sent: an ISO-8601 date or date-time. A value without an offset
 * keeps its calendar date and clock time, taken as UTC.
 */
final class PublishedAt {

	private PublishedAt() {
	}

	/** The instant, or null when the text is not ISO-8601. */
	static @Nullable Instant parse(String text) {
		try {
			if (text.length() == 10) {
				return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
			}
			if (hasOffset(text)) {
				return OffsetDateTime.parse(text).toInstant().truncatedTo(ChronoUnit.MILLIS);
			}
			return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static boolean hasOffset(String text) {
		int time = text.indexOf('T');
		if (time < 0) {
			return false;
		}
		String clock = text.substring(time);
		return clock.endsWith("Z") || clock.contains("+") || clock.contains("-");
	}

}
