package app.briefings.mongo;

import java.util.List;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.memory.index.MemoryUniqueIndex;
import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Looking a pinned {@code _id} up in the collection's {@code _id} index. */
class IdIndexTests {

	private final MemoryUniqueIndex primaryKey = new MemoryUniqueIndex("_id_", List.of(new IndexKey("_id", true)),
			false);

	@Test
	void shouldFindThePositionOfThePinnedDocumentWithoutScanning() {
		IdIndex<Integer> idIndex = new IdIndex<>();
		idIndex.offer(this.primaryKey);
		this.primaryKey.add(new Document("_id", "b1"), 0, null);
		this.primaryKey.add(new Document("_id", "b2"), 1, null);

		assertThat(idIndex.positionsPinnedBy(new Document("_id", "b2").append("version", 3))).containsExactly(1);
		assertThat(idIndex.positionsPinnedBy(new Document("_id", "b9").append("version", 3))).isEmpty();
	}

	@Test
	void shouldFindThePositionsOfTheIdsAnInListsWithoutScanning() {
		IdIndex<Integer> idIndex = new IdIndex<>();
		idIndex.offer(this.primaryKey);
		this.primaryKey.add(new Document("_id", "b1"), 0, null);
		this.primaryKey.add(new Document("_id", "b2"), 1, null);
		this.primaryKey.add(new Document("_id", "b3"), 2, null);
		Document query = new Document("_id", new Document("$in", List.of("b3", "b9", "b1"))).append("editorialRevision",
				new Document("$gt", 0));

		assertThat(idIndex.positionsPinnedBy(query)).containsExactly(2, 0);
	}

	@Test
	void shouldLeaveQueriesThatPinNoIdToTheCollection() {
		IdIndex<Integer> idIndex = new IdIndex<>();
		idIndex.offer(this.primaryKey);

		assertThat(idIndex.positionsPinnedBy(new Document("documentId", "d1"))).isNull();
	}

	@Test
	void shouldIgnoreIndexesOnOtherFieldsAndForgetADroppedOne() {
		IdIndex<Integer> idIndex = new IdIndex<>();
		idIndex.offer(new MemoryUniqueIndex("identity", List.of(new IndexKey("identity", true)), false));
		Document pinned = new Document("_id", "b1").append("version", 1);

		assertThat(idIndex.positionsPinnedBy(pinned)).isNull();
		idIndex.offer(this.primaryKey);
		assertThat(idIndex.positionsPinnedBy(pinned)).isNotNull();
		idIndex.dropped("_id_");
		assertThat(idIndex.positionsPinnedBy(pinned)).isNull();
	}

}
