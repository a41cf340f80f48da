package app.briefings.mongo;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * Picks the {@link OrderedIndex} scan expected to read the fewest documents for a query.
 * A scan in sort order for a query with a limit is expected to stop after a tenth of its
 * keys (a guess: it stops once the page is full). The candidates' keys are read in
 * lockstep, ten a round for such a scan and one for the others, and the first candidate
 * whose keys run out wins, a sorted one on a tie; after {@value #ESTIMATE_CAP} keys'
 * worth of rounds the candidates are told apart by order alone. Reading in lockstep costs
 * about the rarest candidate's keys times the number of candidates, where counting each
 * candidate up to the cap cost the cap for every one, on every query; a query only one
 * index can serve reads no key to plan.
 */
final class IndexPlanner {

	/** Rounds stop here: beyond it, candidates are told apart by order alone. */
	private static final int ESTIMATE_CAP = 10_000;

	private static final int EARLY_STOP = 10;

	private IndexPlanner() {
	}

	/** The best scan for the query, or null when no ordered index can answer it. */
	static <P> @Nullable IndexScan<P> bestScan(List<Index<P>> indexes, Document query, @Nullable Document orderBy,
			int limit) {
		List<Document> conditions = null;
		List<IndexScan<P>> scans = new ArrayList<>();
		for (Index<P> index : indexes) {
			if (!(index instanceof OrderedIndex<P> ordered)) {
				continue;
			}
			if (conditions == null) {
				conditions = QueryConditions.of(query);
			}
			IndexScan<P> scan = ordered.scan(conditions, orderBy);
			if (scan != null) {
				scans.add(scan);
			}
		}
		if (scans.size() < 2) {
			return scans.isEmpty() ? null : scans.get(0);
		}
		return fewestKeys(scans, limit > 0);
	}

	private static <P> IndexScan<P> fewestKeys(List<IndexScan<P>> scans, boolean limited) {
		List<Iterator<?>> keys = new ArrayList<>(scans.size());
		for (IndexScan<P> scan : scans) {
			keys.add(scan.keys());
		}
		for (int round = 0; round < ESTIMATE_CAP; round++) {
			IndexScan<P> finished = null;
			for (int i = 0; i < scans.size(); i++) {
				IndexScan<P> scan = scans.get(i);
				int step = (limited && scan.isSorted()) ? EARLY_STOP : 1;
				if (round >= ESTIMATE_CAP / step) {
					continue;
				}
				boolean ranOut = advance(keys.get(i), step);
				if (ranOut && (finished == null || (scan.isSorted() && !finished.isSorted()))) {
					finished = scan;
				}
			}
			if (finished != null) {
				return finished;
			}
			if (round + 1 == ESTIMATE_CAP / EARLY_STOP && limited) {
				IndexScan<P> sorted = firstSorted(scans);
				if (sorted != null) {
					return sorted;
				}
			}
		}
		return scans.get(0);
	}

	/** Reads up to {@code step} keys; whether none is left after them. */
	private static boolean advance(Iterator<?> keys, int step) {
		for (int i = 0; i < step && keys.hasNext(); i++) {
			keys.next();
		}
		return !keys.hasNext();
	}

	private static <P> @Nullable IndexScan<P> firstSorted(List<IndexScan<P>> scans) {
		for (IndexScan<P> scan : scans) {
			if (scan.isSorted()) {
				return scan;
			}
		}
		return null;
	}

	/**
	 * The number of documents matching the query, counted from the keys of an ordered
	 * index that covers it, or null when none does.
	 */
	static <P> @Nullable Long countFromKeys(List<Index<P>> indexes, Document query) {
		List<Document> conditions = QueryConditions.of(query);
		for (Index<P> index : indexes) {
			if (index instanceof OrderedIndex<P> ordered) {
				Long count = ordered.countFromKeys(conditions);
				if (count != null) {
					return count;
				}
			}
		}
		return null;
	}

}
