package app.briefings.ingestion.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The spans taken so far in a text, ordered by where they start, so that asking whether a
 * new span overlaps any of them reads only the spans that start close before it rather
 * than all of them.
 */
final class SpanIndex {

	private final TreeMap<Integer, List<Span>> byStart = new TreeMap<>();

	private int longest;

	static SpanIndex of(List<Occurrence> occurrences) {
		SpanIndex index = new SpanIndex();
		for (Occurrence occurrence : occurrences) {
			index.add(occurrence.span());
		}
		return index;
	}

	void add(Span span) {
		this.byStart.computeIfAbsent(span.start(), (start) -> new ArrayList<>(1)).add(span);
		this.longest = Math.max(this.longest, span.end() - span.start());
	}

	boolean overlapsAny(Span span) {
		int from = span.start() - this.longest;
		for (Map.Entry<Integer, List<Span>> entry : this.byStart.subMap(from, true, span.end(), false).entrySet()) {
			for (Span taken : entry.getValue()) {
				if (taken.start() < span.end() && span.start() < taken.end()) {
					return true;
				}
			}
		}
		return false;
	}

}
