package app.briefings.briefing;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A statement attributed to a speaker, embedded in its briefing.
 *
 * @param speakerId the linked official, or null when the speaker is not linked
 * @param speakerName the speaker as written at the attribution
 * @param role the speaker's title as written near the quote
 * @param spokenOn the day the statement is dated to: its briefing's publication day
 * (UTC), or null for quotes stored before it was recorded
 */
public record Quote(String text, QuoteKind kind, TextSpan span, double confidence, @Nullable String speakerId,
		@Nullable String speakerName, @Nullable String role, @Nullable String verb, @Nullable LocalDate spokenOn) {

}
