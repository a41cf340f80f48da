package app.briefings.editorial;

import java.time.Clock;
import java.util.Optional;

import app.briefings.editorial.EntityKind.EntityId;
import app.briefings.entity.EntityRedirects;
import app.briefings.entity.MergeFollowingLookup;
import app.briefings.ingestion.document.StoredDocuments;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Editors name entities by ID, and an ID cached before a merge names the survivor: the
 * editor finds the entity through the entity look-up that follows merges, and refuses an
 * ID that leads to no stored entity, naming the argument.
 */
class EditedEntityLookupTests {

	private static final String OFFICIALS = EntityKind.OFFICIAL.collection();

	private final MongoOperations mongo = mock(MongoOperations.class);

	private final EntityRedirects redirects = mock(EntityRedirects.class);

	private final KnowledgeBaseEditor editor = new KnowledgeBaseEditor(this.mongo, mock(BriefingReferences.class),
			mock(StoredDocuments.class), mock(ReextractionJobs.class), mock(ApplicationEventPublisher.class),
			this.redirects, new MergeFollowingLookup(this.redirects), Clock.systemUTC());

	@Test
	void shouldFindAStoredEntityByItsOwnId() {
		store("stanislav-zas");
		assertThat(this.editor.existing("id", globalId("stanislav-zas")))
			.isEqualTo(new EntityId(EntityKind.OFFICIAL, "stanislav-zas"));
	}

	@Test
	void shouldFollowAMergedIdToItsSurvivor() {
		store("stanislav-zas");
		given(this.redirects.survivorOf(OFFICIALS, "s-zas")).willReturn(Optional.of("stanislav-zas"));
		assertThat(this.editor.existing("speakerId", globalId("s-zas")))
			.isEqualTo(new EntityId(EntityKind.OFFICIAL, "stanislav-zas"));
	}

	@Test
	void shouldRefuseAMergedIdWhoseSurvivorIsNotStoredNamingTheArgument() {
		given(this.redirects.survivorOf(OFFICIALS, "s-zas")).willReturn(Optional.of("stanislav-zas"));
		assertThatExceptionOfType(EditorialException.class)
			.isThrownBy(() -> this.editor.existing("speakerId", globalId("s-zas")))
			.satisfies((ex) -> assertThat(ex.details()).containsEntry("field", "speakerId"));
	}

	@Test
	void shouldRefuseAnIdThatNamesNothingNamingTheArgument() {
		given(this.redirects.survivorOf(OFFICIALS, "nobody")).willReturn(Optional.empty());
		assertThatExceptionOfType(EditorialException.class)
			.isThrownBy(() -> this.editor.existing("entityId", globalId("nobody")))
			.satisfies((ex) -> assertThat(ex.details()).containsEntry("field", "entityId"));
	}

	private void store(String id) {
		given(this.mongo.findById(id, Document.class, OFFICIALS)).willReturn(new Document("_id", id));
	}

	private static String globalId(String id) {
		return new EntityId(EntityKind.OFFICIAL, id).globalId();
	}

}
