package app.briefings.briefing;

import java.time.LocalDate;

/**
 * A date mentioned in a briefing's text; unknown parts are the first of the month or
 * year.
 */
public record MentionedDate(LocalDate date, DatePrecision precision, String surface, TextSpan span) {

}
