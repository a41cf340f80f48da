package app.briefings.importer;

import java.util.EnumMap;
import java.util.Map;

import app.briefings.importer.ImportOutcome.Kind;

/**
 * Counts records by outcome, safely from several threads; every record read is counted
 * exactly once.
 */
final class ImportCounts {

	private final Map<Kind, Integer> counts = new EnumMap<>(Kind.class);

	synchronized void add(Kind kind) {
		this.counts.merge(kind, 1, Integer::sum);
	}

	synchronized int of(Kind kind) {
		return this.counts.getOrDefault(kind, 0);
	}

	synchronized int total() {
		int total = 0;
		for (int count : this.counts.values()) {
			total += count;
		}
		return total;
	}

}
