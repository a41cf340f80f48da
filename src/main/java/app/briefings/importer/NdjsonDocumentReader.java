package app.briefings.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.function.Consumer;

import app.briefings.importer.DocumentJson.MalformedRecordException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

/**
 * Reads a {@code .ndjson} file line by line, streaming: each non-blank line is one
 * document object located by its line number (from 1). A line that is not JSON, not a
 * document or not UTF-8 is a rejected record; the lines around it are read as usual.
 */
final class NdjsonDocumentReader {

	private NdjsonDocumentReader() {
	}

	static void read(SourceFile file, Consumer<ImportRecord> records) {
		String path = file.displayPath();
		int lineNumber = 0;
		try (InputStream input = Files.newInputStream(file.path())) {
			LineBytes lines = new LineBytes(input);
			byte[] line = lines.next();
			while (line != null) {
				lineNumber++;
				readLine(line, RecordLocation.line(path, lineNumber), records);
				line = lines.next();
			}
		}
		catch (IOException ex) {
			records.accept(ImportRecord.rejected(RecordLocation.line(path, lineNumber + 1),
					Rejection.unreadable("cannot read the file from this line on: " + ex)));
		}
	}

	private static void readLine(byte[] bytes, RecordLocation location, Consumer<ImportRecord> records) {
		String line;
		try {
			line = StrictUtf8.decode(bytes);
		}
		catch (CharacterCodingException ex) {
			records.accept(ImportRecord.rejected(location, Rejection.unreadable("the line is not valid UTF-8")));
			return;
		}
		if (line.isBlank()) {
			return;
		}
		records.accept(parse(line, location));
	}

	static ImportRecord parse(String line, RecordLocation location) {
		try {
			return ImportRecord.of(location, DocumentJson.document(DocumentJson.parse(line)));
		}
		catch (JacksonException ex) {
			return ImportRecord.rejected(location, DocumentJson.syntaxError(ex));
		}
		catch (MalformedRecordException ex) {
			return ImportRecord.rejected(location, ex.rejection());
		}
	}

	/**
	 * The lines of a stream as bytes, split at {@code '\n'} (which is left out), read in
	 * blocks rather than a byte at a time.
	 */
	static final class LineBytes {

		static final int BLOCK_SIZE = 64 * 1024;

		private final InputStream input;

		private final byte[] block;

		private int position;

		private int limit;

		LineBytes(InputStream input) {
			this(input, BLOCK_SIZE);
		}

		LineBytes(InputStream input, int blockSize) {
			this.input = input;
			this.block = new byte[blockSize];
		}

		/** The bytes of the next line without its line break, or null at the end. */
		byte @Nullable [] next() throws IOException {
			if (!fill()) {
				return null;
			}
			ByteArrayOutputStream longLine = null;
			while (true) {
				int end = indexOfLineBreak();
				if (end >= 0) {
					byte[] line = take(longLine, end - this.position);
					this.position = end + 1;
					return line;
				}
				if (longLine == null) {
					longLine = new ByteArrayOutputStream();
				}
				longLine.write(this.block, this.position, this.limit - this.position);
				this.position = this.limit;
				if (!fill()) {
					return longLine.toByteArray();
				}
			}
		}

		private byte[] take(@Nullable ByteArrayOutputStream longLine, int length) {
			if (longLine == null) {
				return Arrays.copyOfRange(this.block, this.position, this.position + length);
			}
			longLine.write(this.block, this.position, length);
			return longLine.toByteArray();
		}

		private int indexOfLineBreak() {
			for (int i = this.position; i < this.limit; i++) {
				if (this.block[i] == '\n') {
					return i;
				}
			}
			return -1;
		}

		/**
		 * Whether unread bytes are in the block, reading the next block when none are.
		 */
		private boolean fill() throws IOException {
			if (this.position < this.limit) {
				return true;
			}
			int read = this.input.read(this.block);
			while (read == 0) {
				read = this.input.read(this.block);
			}
			this.position = 0;
			this.limit = Math.max(read, 0);
			return read > 0;
		}

	}

}
