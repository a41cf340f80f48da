package app.briefings.importer;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
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
		try (InputStream input = new BufferedInputStream(Files.newInputStream(file.path()))) {
			byte[] line = nextLine(input);
			while (line != null) {
				lineNumber++;
				readLine(line, RecordLocation.line(path, lineNumber), records);
				line = nextLine(input);
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

	/** The bytes of the next line without its line break, or null at the end. */
	private static byte @Nullable [] nextLine(InputStream input) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		int next = input.read();
		if (next == -1) {
			return null;
		}
		while (next != -1 && next != '\n') {
			line.write(next);
			next = input.read();
		}
		return line.toByteArray();
	}

}
