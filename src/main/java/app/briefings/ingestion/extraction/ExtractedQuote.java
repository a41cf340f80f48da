package app.briefings.ingestion.extraction;

import org.jspecify.annotations.Nullable;

/**
 * A statement attributed to a speaker.
 *
 * @param text the quoted words (direct) or the reported clause (indirect), without
 * quotation marks
 * @param span where {@code text} stands in the body
 * @param speaker the entity the quote is attributed to, or null when no speaker was found
 * @param speakerAsWritten the speaker as the text names them at the attribution ("Zas",
 * "he", "the general"), or null
 * @param roleAsWritten the speaker's title as written near the attribution, or null
 * @param verb the attribution verb or phrase ("said", "according to", "заявил"), or null
 */
public record ExtractedQuote(String text, Span span, QuoteKind kind, @Nullable EntityRef speaker,
		@Nullable String speakerAsWritten, @Nullable String roleAsWritten, @Nullable String verb, double confidence) {

}
