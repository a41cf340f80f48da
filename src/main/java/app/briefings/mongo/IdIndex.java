package app.briefings.mongo;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * A collection's unique {@code _id} index, kept so that a query pinning one {@code _id}
 * among other conditions looks up that document rather than scanning the collection.
 * mongo-java-server consults an index only when a query's fields are exactly the index's,
 * so {@code {_id: "b1", version: 2}} would otherwise read every document; on file storage
 * that means deserializing each one.
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
	 * Where the document {@code query} pins by {@code _id} is stored (none or one), or
	 * null when the query pins no {@code _id} and has to be matched some other way.
	 */
	@Nullable Iterable<P> positionsPinnedBy(Document query) {
		Object id = PinnedId.in(query);
		Index<P> idIndex = this.index;
		if (id == null || idIndex == null) {
			return null;
		}
		return idIndex.getPositions(new Document(ID, id));
	}

	private static boolean isIdIndex(Index<?> index) {
		return index.isUnique() && index.getKeys().size() == 1 && index.getKeys().get(0).getKey().equals(ID);
	}

}
