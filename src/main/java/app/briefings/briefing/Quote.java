package app.briefings.briefing;

import org.jspecify.annotations.Nullable;

/**
 * A statement attributed to a speaker, embedded in its briefing.
 *
 * @param speakerId the linked official, or null when the speaker is not linked
 * @param speakerName the speaker as written at the attribution
 * @param role the speaker's title as written near the quote
 */
public record Quote(String text, QuoteKind kind, TextSpan span, double confidence, @Nullable String speakerId,
		@Nullable String speakerName, @Nullable String role, @Nullable String verb) {

}
