package app.briefings;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingFields;
import app.briefings.briefing.Mention;
import app.briefings.briefing.Quote;
import app.briefings.briefing.Source;
import app.briefings.briefing.TextSpan;
import app.briefings.entity.EntityFields;
import app.briefings.event.Event;
import app.briefings.ingestion.document.DocumentFields;
import app.briefings.ingestion.document.RawDocument;
import app.briefings.official.Official;
import app.briefings.official.Position;
import app.briefings.operation.Operation;
import app.briefings.organization.Organization;
import app.briefings.place.Place;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The field-name constants used on raw documents name what Spring Data stores for the
 * mapped records: a renamed record component or {@code @Field} without the constant
 * following it fails here instead of silently matching nothing.
 */
class StoredFieldNamesTests {

	private final StoredFieldNames stored = new StoredFieldNames();

	@Test
	void shouldNameTheStoredFieldsOfBriefings() {
		assertThat(this.stored.collectionOf(Briefing.class)).isEqualTo(BriefingFields.COLLECTION);
		assertThat(this.stored.of(Briefing.class)).contains(BriefingFields.ID, BriefingFields.DOCUMENT_ID,
				BriefingFields.TITLE, BriefingFields.BODY, BriefingFields.PUBLISHED_AT, BriefingFields.LANGUAGE,
				BriefingFields.SOURCE, BriefingFields.QUOTES, BriefingFields.MENTIONS, BriefingFields.OFFICIAL_IDS,
				BriefingFields.ORGANIZATION_IDS, BriefingFields.OPERATION_IDS, BriefingFields.PLACE_IDS,
				BriefingFields.EVENT_IDS, BriefingFields.STATUS, BriefingFields.VERSION,
				BriefingFields.EDITORIAL_REVISION, BriefingFields.EDITED_AT, BriefingFields.RETRACTED_AT);
		assertThat(this.stored.of(Quote.class)).contains(BriefingFields.SPEAKER_ID, BriefingFields.TEXT,
				BriefingFields.CONFIDENCE);
		assertThat(this.stored.of(Mention.class)).contains(BriefingFields.ENTITY_ID, BriefingFields.ENTITY_TYPE,
				BriefingFields.SPANS, BriefingFields.CONFIDENCE);
		assertThat(this.stored.of(TextSpan.class)).contains(BriefingFields.START);
		assertThat(this.stored.of(Source.class))
			.contains(BriefingFields.SOURCE_NAME.substring(BriefingFields.SOURCE.length() + 1));
	}

	@Test
	void shouldNameTheStoredFieldsOfKnowledgeBaseEntities() {
		assertThat(this.stored.collectionOf(Official.class)).isEqualTo(EntityFields.OFFICIALS);
		assertThat(this.stored.collectionOf(Organization.class)).isEqualTo(EntityFields.ORGANIZATIONS);
		assertThat(this.stored.collectionOf(Operation.class)).isEqualTo(EntityFields.OPERATIONS);
		assertThat(this.stored.collectionOf(Place.class)).isEqualTo(EntityFields.PLACES);
		assertThat(this.stored.collectionOf(Event.class)).isEqualTo(EntityFields.EVENTS);
		for (Class<?> type : new Class<?>[] { Official.class, Organization.class, Operation.class, Place.class,
				Event.class }) {
			assertThat(this.stored.of(type)).contains(EntityFields.ID, EntityFields.NAME, EntityFields.ALIASES,
					EntityFields.REVIEW_STATUS);
		}
		assertThat(this.stored.of(Official.class)).contains(EntityFields.DESCRIPTION, EntityFields.POSITIONS);
		assertThat(this.stored.of(Position.class)).contains(EntityFields.ORGANIZATION, EntityFields.TITLE);
		assertThat(this.stored.of(Organization.class)).contains(EntityFields.DESCRIPTION, EntityFields.PARENT);
		assertThat(this.stored.of(Operation.class)).contains(EntityFields.DESCRIPTION, EntityFields.KIND,
				EntityFields.ORGANIZATION, EntityFields.EDITIONS);
		assertThat(this.stored.of(Place.class)).contains(EntityFields.KIND, EntityFields.COUNTRY);
		assertThat(this.stored.of(Event.class)).contains(EntityFields.PLACE, EntityFields.ORGANIZATION);
	}

	@Test
	void shouldNameTheStoredFieldsOfRawDocuments() {
		assertThat(this.stored.collectionOf(RawDocument.class)).isEqualTo(DocumentFields.COLLECTION);
		assertThat(this.stored.of(RawDocument.class)).contains(DocumentFields.ID, DocumentFields.PARTNER,
				DocumentFields.EXTERNAL_KEY, DocumentFields.CONTENT_HASH, DocumentFields.TEXT,
				DocumentFields.SOURCE_NAME, DocumentFields.SOURCE_URL, DocumentFields.PUBLISHED_AT,
				DocumentFields.LANGUAGE, DocumentFields.RECEIVED_AT, DocumentFields.STATUS, DocumentFields.BRIEFING_IDS,
				DocumentFields.VERSION, DocumentFields.REVISED_AT, DocumentFields.RETRACTED,
				DocumentFields.REMOVED_LINES);
	}

}
