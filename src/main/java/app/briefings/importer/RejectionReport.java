package app.briefings.importer;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The report of rejected records: one JSON object per line with the source file, the line
 * or array index, the external id, the error code, the field at fault and the message.
 * Written afresh by every run, empty when nothing was rejected.
 */
final class RejectionReport implements Closeable {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final Path path;

	private final BufferedWriter writer;

	private RejectionReport(Path path, BufferedWriter writer) {
		this.path = path;
		this.writer = writer;
	}

	static RejectionReport create(Path path) throws IOException {
		Path parent = path.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		return new RejectionReport(path, Files.newBufferedWriter(path, StandardCharsets.UTF_8));
	}

	Path path() {
		return this.path;
	}

	synchronized void add(ImportRecord record, Rejection rejection) {
		try {
			this.writer.write(MAPPER.writeValueAsString(line(record, rejection)));
			this.writer.newLine();
			this.writer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the report of rejected records", ex);
		}
	}

	static Map<String, Object> line(ImportRecord record, Rejection rejection) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("file", record.location().file());
		line.put("line", record.location().line());
		line.put("index", record.location().index());
		line.put("externalId", record.externalId());
		line.put("code", rejection.code());
		line.put("field", rejection.field());
		line.put("message", rejection.message());
		return line;
	}

	@Override
	public synchronized void close() throws IOException {
		this.writer.close();
	}

}
