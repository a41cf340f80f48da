package app.briefings.editorial;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An editor's choice of speaker for one quote, kept apart from the briefing so that every
 * later extraction of the document applies it again (see {@link SpeakerFixMatcher} for
 * how the quote is found again).
 *
 * @param quoteText the quote's text as last matched
 * @param paragraph the index of the quote's paragraph in the body; null for fixes stored
 * before it was kept
 * @param sentence the index of the quote's sentence in its paragraph; null likewise
 * @param status null for fixes stored before it was kept: {@code ACTIVE}
 * @param flaggedAt when a new text of the document left no quote the fix clearly belongs
 * to
 */
@Document(EditorialFields.SPEAKER_FIXES)
record SpeakerFix(@Id String id, String documentId, String briefingId, String quoteText, String speakerId,
		Instant correctedAt, @Nullable Integer paragraph, @Nullable Integer sentence, @Nullable SpeakerFixStatus status,
		@Nullable Instant flaggedAt) {

	SpeakerFixMatcher.@Nullable Position position() {
		if (this.paragraph == null || this.sentence == null) {
			return null;
		}
		return new SpeakerFixMatcher.Position(this.paragraph, this.sentence);
	}

}
