package app.briefings.importer;

import org.jspecify.annotations.Nullable;

/**
 * Where a record came from: the file as walked, and the line (of an {@code .ndjson} file,
 * or of a syntax error) or the index in a JSON array, where they apply.
 */
record RecordLocation(String file, @Nullable Integer line, @Nullable Integer index) {

	static RecordLocation file(String file) {
		return new RecordLocation(file, null, null);
	}

	static RecordLocation line(String file, int line) {
		return new RecordLocation(file, line, null);
	}

	static RecordLocation index(String file, int index) {
		return new RecordLocation(file, null, index);
	}

	@Override
	public String toString() {
		if (this.line != null) {
			return this.file + ":" + this.line;
		}
		if (this.index != null) {
			return this.file + "[" + this.index + "]";
		}
		return this.file;
	}

}
