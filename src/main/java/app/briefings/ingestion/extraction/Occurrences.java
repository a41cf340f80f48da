package app.briefings.ingestion.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Resolves competing occurrences: where two overlap, the longer one (then the earlier
 * one) stays.
 */
final class Occurrences {

	private Occurrences() {
	}

	static List<Occurrence> longestFirst(List<Occurrence> candidates) {
		List<Occurrence> sorted = new ArrayList<>(candidates);
		sorted.sort(Comparator.comparingInt(Occurrence::length)
			.reversed()
			.thenComparingInt(occurrence -> occurrence.span().start()));
		List<Occurrence> kept = new ArrayList<>();
		SpanIndex taken = new SpanIndex();
		for (Occurrence candidate : sorted) {
			Checkpoints.check();
			if (!taken.overlapsAny(candidate.span())) {
				kept.add(candidate);
				taken.add(candidate.span());
			}
		}
		kept.sort(Comparator.comparingInt(occurrence -> occurrence.span().start()));
		return kept;
	}

	static boolean overlapsAny(Span span, List<Occurrence> occurrences) {
		for (Occurrence occurrence : occurrences) {
			if (occurrence.overlaps(span)) {
				return true;
			}
		}
		return false;
	}

}
