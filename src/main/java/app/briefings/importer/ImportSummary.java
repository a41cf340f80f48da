package app.briefings.importer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import app.briefings.importer.ImportOutcome.Kind;

/**
 * The result of an import: files read and skipped, records by outcome, time taken and
 * rate. Each record read is in exactly one of created, updated, duplicates and rejected.
 */
record ImportSummary(int files, int skippedFiles, int records, int created, int updated, int duplicates, int rejected,
		Duration elapsed, Path report) {

	/** Exit code when every record was ingested or found stored. */
	static final int SUCCESS = 0;

	/** Exit code when at least one record was rejected. */
	static final int REJECTED_RECORDS = 2;

	static ImportSummary of(ImportSources sources, ImportCounts counts, Duration elapsed, Path report) {
		return new ImportSummary(sources.files().size(), sources.skipped().size(), counts.total(),
				counts.of(Kind.CREATED), counts.of(Kind.UPDATED), counts.of(Kind.DUPLICATE), counts.of(Kind.REJECTED),
				elapsed, report);
	}

	int exitCode() {
		return (this.rejected > 0) ? REJECTED_RECORDS : SUCCESS;
	}

	double recordsPerSecond() {
		double seconds = this.elapsed.toNanos() / 1e9;
		return (seconds > 0) ? this.records / seconds : 0;
	}

	/** The summary as {@code name: value} lines, in the order they are printed. */
	Map<String, String> lines() {
		Map<String, String> lines = new LinkedHashMap<>();
		lines.put("files", Integer.toString(this.files));
		lines.put("skipped files", Integer.toString(this.skippedFiles));
		lines.put("records", Integer.toString(this.records));
		lines.put("created", Integer.toString(this.created));
		lines.put("updated", Integer.toString(this.updated));
		lines.put("duplicates", Integer.toString(this.duplicates));
		lines.put("rejected", this.rejected + ((this.rejected > 0) ? " (see " + this.report + ")" : ""));
		lines.put("elapsed", String.format(Locale.ROOT, "%.1f s", this.elapsed.toNanos() / 1e9));
		lines.put("rate", String.format(Locale.ROOT, "%.1f docs/s", recordsPerSecond()));
		return lines;
	}

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder("Import summary\n");
		for (Map.Entry<String, String> line : lines().entrySet()) {
			text.append(String.format(Locale.ROOT, "  %-14s %s%n", line.getKey() + ":", line.getValue()));
		}
		return text.toString();
	}

}
