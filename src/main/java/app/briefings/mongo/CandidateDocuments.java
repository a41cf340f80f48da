package app.briefings.mongo;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.bson.Document;

/**
 * The documents of an embedded collection that a filter can match, read lazily one at a
 * time in the collection's natural order: the one its {@code _id} pins, those under an
 * ordered index's pinned keys, or else all of them. Counts and the first stage of
 * aggregations read through it, so that they hold one document at a time where the
 * library collects every match in a list first.
 *
 * @param <P> how the backend addresses a stored document
 * @param idIndex the collection's {@code _id} look-up
 * @param indexes the collection's indexes
 * @param naturalOrder the order of positions in a full scan
 * @param documentAt reads the document at a position
 * @param all every document in natural order, lazily
 */
record CandidateDocuments<P>(IdIndex<P> idIndex, List<Index<P>> indexes, Comparator<? super P> naturalOrder,
		Function<P, Document> documentAt, Supplier<Stream<Document>> all) {

	/** The documents {@code filter} can match, a superset of those it does. */
	Stream<Document> of(Document filter) {
		Iterable<P> pinned = this.idIndex.positionsPinnedBy(filter);
		if (pinned != null) {
			return IndexedDocuments.stream(pinned.iterator(), this.documentAt);
		}
		IndexScan<P> scan = IndexPlanner.bestScan(this.indexes, filter, null, 0);
		if (scan == null) {
			return this.all.get();
		}
		return IndexedDocuments.stream(scan.inNaturalOrder(this.naturalOrder).iterator(), this.documentAt);
	}

	/**
	 * How many documents match {@code filter}, after skipping {@code skip} and up to
	 * {@code limit} (0 for no limit), as mongo-java-server counts: from an ordered
	 * index's keys when one covers the filter, else by matching candidates one at a time.
	 */
	int count(Document filter, int skip, int limit, Predicate<Document> matches) {
		Long fromKeys = IndexPlanner.countFromKeys(this.indexes, filter);
		long matched = (fromKeys != null) ? fromKeys : of(filter).filter(matches).count();
		long counted = Math.max(0, matched - Math.max(0, skip));
		if (limit > 0) {
			counted = Math.min(limit, counted);
		}
		return (int) counted;
	}

}
