package app.briefings.importer;

import java.util.function.Consumer;

/** Reads the records of a file with the reader of its format. */
final class RecordReaders {

	private RecordReaders() {
	}

	static void read(SourceFile file, Consumer<ImportRecord> records) {
		switch (file.format()) {
			case TXT -> TextDocumentReader.read(file, records);
			case JSON -> JsonDocumentReader.read(file, records);
			case NDJSON -> NdjsonDocumentReader.read(file, records);
		}
	}

	/** How many records the files hold, read the same way the import reads them. */
	static int count(Iterable<SourceFile> files) {
		int[] count = { 0 };
		for (SourceFile file : files) {
			read(file, (record) -> count[0]++);
		}
		return count[0];
	}

}
