package app.briefings.mongo;

import java.util.List;
import java.util.regex.Pattern;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which queries pin {@code _id} values. */
class PinnedIdTests {

	@Test
	void shouldFindAnIdPinnedBesideOtherConditions() {
		Document query = new Document("_id", "b1").append("version", 2);

		assertThat(PinnedId.in(query)).containsExactly("b1");
	}

	@Test
	void shouldFindAnIdPinnedInsideATopLevelAnd() {
		Document versionMatches = new Document("$or",
				List.of(new Document("version", 1), new Document("version", new Document("$exists", false))));
		Document query = new Document("$and", List.of(new Document("_id", "d7"), versionMatches));

		assertThat(PinnedId.in(query)).containsExactly("d7");
	}

	@Test
	void shouldFindAPinnedObjectId() {
		ObjectId id = new ObjectId();

		assertThat(PinnedId.in(new Document("_id", id).append("status", "DONE"))).containsExactly(id);
	}

	@Test
	void shouldNotTreatOperatorsOrPatternsAsAPinnedId() {
		assertThat(PinnedId.in(new Document("_id", new Document("$in", List.of("a", Pattern.compile("^b")))))).isNull();
		assertThat(PinnedId.in(new Document("_id", new Document("$gt", "a")))).isNull();
		assertThat(PinnedId.in(new Document("_id", Pattern.compile("^b")))).isNull();
		assertThat(PinnedId.in(new Document("_id", 7))).isNull();
	}

	@Test
	void shouldFindTheIdsListedByAnInBesideOtherConditions() {
		Document query = new Document("_id", new Document("$in", List.of("b1", "b2", "b1"))).append("editorialRevision",
				new Document("$gt", 0));

		assertThat(PinnedId.in(query)).containsExactly("b1", "b2");
		assertThat(PinnedId.in(new Document("_id", new Document("$in", List.of())))).isEmpty();
	}

	@Test
	void shouldNotLookInsideOrAlternatives() {
		Document query = new Document("$or", List.of(new Document("_id", "a"), new Document("_id", "b")));

		assertThat(PinnedId.in(query)).isNull();
		assertThat(PinnedId.in(new Document("documentId", "d1"))).isNull();
	}

}
