package app.briefings.importer;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.util.function.Consumer;

import app.briefings.importer.DocumentJson.MalformedRecordException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads a {@code .json} file: one document object, or an array of them, each element a
 * record located by its index (from 0). A file that is not JSON is one rejected record
 * located at the line of the syntax error.
 */
final class JsonDocumentReader {

	private JsonDocumentReader() {
	}

	static void read(SourceFile file, Consumer<ImportRecord> records) {
		String path = file.displayPath();
		String content;
		try {
			content = StrictUtf8.decode(Files.readAllBytes(file.path()));
		}
		catch (CharacterCodingException ex) {
			records.accept(ImportRecord.rejected(RecordLocation.file(path),
					Rejection.unreadable("the file is not valid UTF-8")));
			return;
		}
		catch (IOException ex) {
			records.accept(ImportRecord.rejected(RecordLocation.file(path),
					Rejection.unreadable("cannot read the file: " + ex)));
			return;
		}
		parse(content, path, records);
	}

	static void parse(String content, String path, Consumer<ImportRecord> records) {
		JsonNode root;
		try {
			root = DocumentJson.parse(content);
		}
		catch (JacksonException ex) {
			records.accept(ImportRecord.rejected(RecordLocation.line(path, DocumentJson.lineOf(ex)),
					DocumentJson.syntaxError(ex)));
			return;
		}
		if (!root.isArray()) {
			records.accept(record(root, RecordLocation.file(path)));
			return;
		}
		for (int index = 0; index < root.size(); index++) {
			records.accept(record(root.get(index), RecordLocation.index(path, index)));
		}
	}

	private static ImportRecord record(JsonNode node, RecordLocation location) {
		try {
			return ImportRecord.of(location, DocumentJson.document(node));
		}
		catch (MalformedRecordException ex) {
			return ImportRecord.rejected(location, ex.rejection());
		}
	}

}
