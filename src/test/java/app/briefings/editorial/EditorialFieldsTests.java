package app.briefings.editorial;

import app.briefings.StoredFieldNames;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editorial field-name constants name what Spring Data stores for the editorial
 * records, so a renamed component fails here instead of a query silently matching
 * nothing.
 */
class EditorialFieldsTests {

	private final StoredFieldNames stored = new StoredFieldNames();

	@Test
	void shouldNameTheStoredFieldsOfCandidates() {
		assertThat(this.stored.collectionOf(EntityCandidate.class)).isEqualTo(EditorialFields.CANDIDATES);
		assertThat(this.stored.of(EntityCandidate.class)).contains(EditorialFields.ID, EditorialFields.SURFACE,
				EditorialFields.KEY, EditorialFields.TYPE, EditorialFields.REASON, EditorialFields.POSSIBLE_ENTITY_IDS,
				EditorialFields.CONTEXTS, EditorialFields.CONTEXT_COUNT, EditorialFields.STATUS,
				EditorialFields.RESOLVED_ENTITY_TYPE, EditorialFields.RESOLVED_ENTITY_ID, EditorialFields.FIRST_SEEN_AT,
				EditorialFields.LAST_SEEN_AT);
	}

	@Test
	void shouldNameTheStoredFieldsOfSpeakerFixes() {
		assertThat(this.stored.collectionOf(SpeakerFix.class)).isEqualTo(EditorialFields.SPEAKER_FIXES);
		assertThat(this.stored.of(SpeakerFix.class)).contains(EditorialFields.ID, EditorialFields.DOCUMENT_ID,
				EditorialFields.BRIEFING_ID, EditorialFields.QUOTE_TEXT, EditorialFields.SPEAKER_ID,
				EditorialFields.CORRECTED_AT, EditorialFields.PARAGRAPH, EditorialFields.SENTENCE,
				EditorialFields.STATUS, EditorialFields.FLAGGED_AT);
	}

	@Test
	void shouldNameTheStoredFieldsOfUnlinkedMentions() {
		assertThat(this.stored.collectionOf(UnlinkedMentions.UnlinkedMention.class))
			.isEqualTo(EditorialFields.UNLINKED_MENTIONS);
		assertThat(this.stored.of(UnlinkedMentions.UnlinkedMention.class)).contains(EditorialFields.ID,
				EditorialFields.DOCUMENT_ID, EditorialFields.BRIEFING_ID, EditorialFields.ENTITY_TYPE,
				EditorialFields.ENTITY_ID);
	}

	@Test
	void shouldNameTheStoredFieldsOfReextractionJobsAndTheHistory() {
		assertThat(this.stored.collectionOf(ReextractionJob.class)).isEqualTo(EditorialFields.REEXTRACTION_JOBS);
		assertThat(this.stored.of(ReextractionJob.class)).contains(EditorialFields.ID, EditorialFields.STATUS,
				EditorialFields.REEXTRACTED_DOCUMENTS, EditorialFields.FAILED_DOCUMENTS, EditorialFields.FINISHED_AT);
		assertThat(this.stored.collectionOf(EditorialAction.class)).isEqualTo(EditorialFields.HISTORY);
		assertThat(this.stored.of(EditorialAction.class)).contains(EditorialFields.ID, EditorialFields.AT,
				EditorialFields.TARGET_IDS);
	}

}
