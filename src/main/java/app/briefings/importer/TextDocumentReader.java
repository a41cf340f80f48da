package app.briefings.importer;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.briefings.ingestion.document.IngestDocumentInput;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@code .txt} file as one document. A file whose first line is a known header
 * field ({@code Source:}, {@code URL:}, {@code Published:}, {@code Language:},
 * {@code External-Id:}) starts with a metadata header of such lines, ended by a line
 * {@code ---}; the text follows. Any other file is all text. Without an
 * {@code External-Id} the file's name ({@link SourceFile#name()}) is the external id, so
 * importing the same files again finds them stored.
 */
final class TextDocumentReader {

	static final String HEADER_END = "---";

	static final List<String> FIELDS = List.of("Source", "URL", "Published", "Language", "External-Id");

	private static final Pattern HEADER_LINE = Pattern.compile("(?<name>[A-Za-z][A-Za-z-]*)[ \\t]*:(?<value>.*)");

	private static final Pattern LINE_BREAK = Pattern.compile("\r?\n");

	private TextDocumentReader() {
	}

	static void read(SourceFile file, Consumer<ImportRecord> records) {
		RecordLocation location = RecordLocation.file(file.displayPath());
		String content;
		try {
			content = StrictUtf8.decode(Files.readAllBytes(file.path()));
		}
		catch (CharacterCodingException ex) {
			records.accept(ImportRecord.rejected(location, Rejection.unreadable("the file is not valid UTF-8")));
			return;
		}
		catch (IOException ex) {
			records.accept(ImportRecord.rejected(location, Rejection.unreadable("cannot read the file: " + ex)));
			return;
		}
		records.accept(parse(content, file.name(), location));
	}

	static ImportRecord parse(String content, String defaultExternalId, RecordLocation location) {
		String[] lines = LINE_BREAK.split(content, -1);
		if (headerField(lines[0]) == null) {
			return ImportRecord.of(location,
					new IngestDocumentInput(content, null, null, null, null, defaultExternalId));
		}
		Map<String, String> header = new HashMap<>();
		for (int index = 0; index < lines.length; index++) {
			String line = lines[index];
			if (line.strip().equals(HEADER_END)) {
				return ImportRecord.of(location, document(header, textAfter(lines, index), defaultExternalId));
			}
			String field = headerField(line);
			if (field == null && index == lines.length - 1 && line.isEmpty()) {
				break;
			}
			if (field == null) {
				return ImportRecord.rejected(location,
						Rejection.malformed("header", "line " + (index + 1) + " is neither a header field " + FIELDS
								+ " nor the line '" + HEADER_END + "' that ends the header: '" + line + "'"));
			}
			if (header.putIfAbsent(field, headerValue(line)) != null) {
				return ImportRecord.rejected(location,
						Rejection.malformed("header", "header field " + field + " is given twice"));
			}
		}
		return ImportRecord.rejected(location,
				Rejection.malformed("header", "the header is not ended by a line '" + HEADER_END + "'"));
	}

	/** The known field a header line names, in its canonical spelling, or null. */
	private static @Nullable String headerField(String line) {
		Matcher matcher = HEADER_LINE.matcher(line);
		if (!matcher.matches()) {
			return null;
		}
		String name = matcher.group("name");
		for (String field : FIELDS) {
			if (field.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
				return field;
			}
		}
		return null;
	}

	private static String headerValue(String line) {
		Matcher matcher = HEADER_LINE.matcher(line);
		matcher.matches();
		return matcher.group("value").strip();
	}

	private static String textAfter(String[] lines, int headerEnd) {
		return String.join("\n", List.of(lines).subList(headerEnd + 1, lines.length));
	}

	private static IngestDocumentInput document(Map<String, String> header, String text, String defaultExternalId) {
		return new IngestDocumentInput(text, header.get("Source"), header.get("URL"), header.get("Published"),
				header.get("Language"), header.getOrDefault("External-Id", defaultExternalId));
	}

}
