package app.briefings;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The field-name constants used on raw documents name what Spring Data stores for the
 * mapped records: a renamed record component or {@code @Field} without the constant
 * following it fails here instead of silently matching nothing.
 */
class StoredFieldNamesTests {

	private final MongoMappingContext mapping = mappingContext();

	@Test
	void shouldNameTheStoredFieldsOfBriefings() {
		assertThat(collectionOf(Briefing.class)).isEqualTo(BriefingFields.COLLECTION);
		assertThat(storedNames(Briefing.class)).contains(BriefingFields.ID, BriefingFields.DOCUMENT_ID,
				BriefingFields.TITLE, BriefingFields.BODY, BriefingFields.PUBLISHED_AT, BriefingFields.LANGUAGE,
				BriefingFields.SOURCE, BriefingFields.QUOTES, BriefingFields.MENTIONS, BriefingFields.OFFICIAL_IDS,
				BriefingFields.ORGANIZATION_IDS, BriefingFields.OPERATION_IDS, BriefingFields.PLACE_IDS,
				BriefingFields.EVENT_IDS, BriefingFields.STATUS, BriefingFields.VERSION,
				BriefingFields.EDITORIAL_REVISION, BriefingFields.EDITED_AT);
		assertThat(storedNames(Quote.class)).contains(BriefingFields.SPEAKER_ID, BriefingFields.TEXT,
				BriefingFields.CONFIDENCE);
		assertThat(storedNames(Mention.class)).contains(BriefingFields.ENTITY_ID, BriefingFields.ENTITY_TYPE,
				BriefingFields.SPANS, BriefingFields.CONFIDENCE);
		assertThat(storedNames(TextSpan.class)).contains(BriefingFields.START);
		assertThat(storedNames(Source.class))
			.contains(BriefingFields.SOURCE_NAME.substring(BriefingFields.SOURCE.length() + 1));
	}

	@Test
	void shouldNameTheStoredFieldsOfKnowledgeBaseEntities() {
		assertThat(collectionOf(Official.class)).isEqualTo(EntityFields.OFFICIALS);
		assertThat(collectionOf(Organization.class)).isEqualTo(EntityFields.ORGANIZATIONS);
		assertThat(collectionOf(Operation.class)).isEqualTo(EntityFields.OPERATIONS);
		assertThat(collectionOf(Place.class)).isEqualTo(EntityFields.PLACES);
		assertThat(collectionOf(Event.class)).isEqualTo(EntityFields.EVENTS);
		for (Class<?> type : new Class<?>[] { Official.class, Organization.class, Operation.class, Place.class,
				Event.class }) {
			assertThat(storedNames(type)).contains(EntityFields.ID, EntityFields.NAME, EntityFields.ALIASES,
					EntityFields.REVIEW_STATUS);
		}
		assertThat(storedNames(Official.class)).contains(EntityFields.DESCRIPTION, EntityFields.POSITIONS);
		assertThat(storedNames(Position.class)).contains(EntityFields.ORGANIZATION);
		assertThat(storedNames(Organization.class)).contains(EntityFields.DESCRIPTION, EntityFields.PARENT);
		assertThat(storedNames(Operation.class)).contains(EntityFields.DESCRIPTION, EntityFields.KIND,
				EntityFields.ORGANIZATION, EntityFields.EDITIONS);
		assertThat(storedNames(Place.class)).contains(EntityFields.KIND, EntityFields.COUNTRY);
		assertThat(storedNames(Event.class)).contains(EntityFields.PLACE, EntityFields.ORGANIZATION);
	}

	@Test
	void shouldNameTheStoredFieldsOfRawDocuments() {
		assertThat(collectionOf(RawDocument.class)).isEqualTo(DocumentFields.COLLECTION);
		assertThat(storedNames(RawDocument.class)).contains(DocumentFields.ID, DocumentFields.PARTNER,
				DocumentFields.EXTERNAL_KEY, DocumentFields.CONTENT_HASH, DocumentFields.TEXT,
				DocumentFields.SOURCE_NAME, DocumentFields.SOURCE_URL, DocumentFields.PUBLISHED_AT,
				DocumentFields.LANGUAGE, DocumentFields.RECEIVED_AT, DocumentFields.STATUS, DocumentFields.BRIEFING_IDS,
				DocumentFields.VERSION, DocumentFields.REVISED_AT, DocumentFields.RETRACTED,
				DocumentFields.REMOVED_LINES);
	}

	private static MongoMappingContext mappingContext() {
		MongoMappingContext context = new MongoMappingContext();
		context.setSimpleTypeHolder(new MongoCustomConversions(List.of()).getSimpleTypeHolder());
		return context;
	}

	private String collectionOf(Class<?> type) {
		return this.mapping.getRequiredPersistentEntity(type).getCollection();
	}

	private Set<String> storedNames(Class<?> type) {
		MongoPersistentEntity<?> entity = this.mapping.getRequiredPersistentEntity(type);
		Set<String> names = new HashSet<>();
		for (MongoPersistentProperty property : entity) {
			names.add(property.getFieldName());
		}
		return names;
	}

}
