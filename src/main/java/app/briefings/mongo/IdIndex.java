package app.briefings.mongo;

import java.util.ArrayList;
import java.util.List;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * A collection's unique {@code _id} index, kept so that a query pinning one {@code _id}
 * (or listing a few with {@code $in}) among other conditions looks up those documents
 * rather than scanning the collection. mongo-java-server consults an index only when a
 * query's fields are exactly the index's, so {@code {_id: "b1", version: 2}} would
 * otherwise read every document; on file storage that means deserializing each one.
 *
 * @param <P> how the backend addresses a stored document
 */
final class IdIndex<P> {

	private static final String ID = "_id";

	private volatile @Nullable Index<P> index;

	/**
	 * Keeps {@code index} if it is the first {@code _id} index the collection was given.
	 */
	void offer(Index<P> index) {
		if (this.index == null && isIdIndex(index)) {
			this.index = index;
		}
	}

	void dropped(String indexName) {
		Index<P> idIndex = this.index;
		if (idIndex != null && idIndex.getName().equals(indexName)) {
			this.index = null;
		}
	}

	/**
	 * Where the documents {@code query} pins by {@code _id} are stored (at most one per
	 * pinned id), or null when the query pins no {@code _id} and has to be matched some
	 * other way.
	 */
	@Nullable Iterable<P> positionsPinnedBy(Document query) {
		List<Object> ids = PinnedId.in(query);
		Index<P> idIndex = this.index;
		if (ids == null || idIndex == null) {
			return null;
		}
		if (ids.size() == 1) {
			return idIndex.getPositions(new Document(ID, ids.get(0)));
		}
		List<P> positions = new ArrayList<>(ids.size());
		for (Object id : ids) {
			idIndex.getPositions(new Document(ID, id)).forEach(positions::add);
		}
		return positions;
	}

	private static boolean isIdIndex(Index<?> index) {
		return index.isUnique() && index.getKeys().size() == 1 && index.getKeys().get(0).getKey().equals(ID);
	}

}
