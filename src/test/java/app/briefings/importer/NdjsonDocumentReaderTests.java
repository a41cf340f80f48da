package app.briefings.importer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import app.briefings.ingestion.document.IngestDocumentInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class NdjsonDocumentReaderTests {

	@Test
	void shouldReadOneRecordPerLineSkipBlankLinesAndRejectMalformedOnes(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("feed.ndjson");
		ByteArrayOutputStream content = new ByteArrayOutputStream();
		content.writeBytes("""
				{"text": "One.", "externalId": "n-1"}

				{"text": "Two." "externalId": "n-2"}
				   \t
				["not", "an", "object"]
				""".getBytes(StandardCharsets.UTF_8));
		content.writeBytes("{\"text\": \"Caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1));
		content.writeBytes("{\"text\": \"Seven.\", \"language\": \"ru\"}\r\n{\"text\": \"Eight.\"}"
			.getBytes(StandardCharsets.UTF_8));
		Files.write(file, content.toByteArray());

		List<ImportRecord> records = new ArrayList<>();
		NdjsonDocumentReader.read(new SourceFile(file, "f/feed.ndjson", DocumentFormat.NDJSON), records::add);

		String path = file.toString();
		assertThat(records).extracting(ImportRecord::location)
			.containsExactly(RecordLocation.line(path, 1), RecordLocation.line(path, 3), RecordLocation.line(path, 5),
					RecordLocation.line(path, 6), RecordLocation.line(path, 7), RecordLocation.line(path, 8));
		assertThat(records.get(0).document()).isEqualTo(new IngestDocumentInput("One.", null, null, null, null, "n-1"));
		assertThat(records.get(1).unreadable()).isNotNull().satisfies((rejection) -> {
			assertThat(rejection.code()).isEqualTo("MALFORMED_RECORD");
			assertThat(rejection.message()).startsWith("not valid JSON at column ")
				.contains("was expecting comma")
				.doesNotContain("Source:");
		});
		assertThat(records.get(2).unreadable()).isNotNull()
			.satisfies((rejection) -> assertThat(rejection.message()).endsWith("found a JSON array"));
		assertThat(records.get(3).unreadable()).isEqualTo(Rejection.unreadable("the line is not valid UTF-8"));
		assertThat(records.get(4).document())
			.isEqualTo(new IngestDocumentInput("Seven.", null, null, null, "ru", null));
		assertThat(records.get(5).document())
			.isEqualTo(new IngestDocumentInput("Eight.", null, null, null, null, null));
	}

	@Test
	void shouldSplitLinesThatCrossTheReadBlocksWhereverTheyBreak() throws IOException {
		String text = "first line\n\nthird, longer than a block\r\nx\n" + "y".repeat(23) + "\nlast without a break";
		for (int blockSize = 1; blockSize <= 12; blockSize++) {
			NdjsonDocumentReader.LineBytes lines = new NdjsonDocumentReader.LineBytes(
					new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), blockSize);
			List<String> read = new ArrayList<>();
			for (byte[] line = lines.next(); line != null; line = lines.next()) {
				read.add(new String(line, StandardCharsets.UTF_8));
			}
			assertThat(read).as("block size %d", blockSize)
				.containsExactly("first line", "", "third, longer than a block\r", "x", "y".repeat(23),
						"last without a break");
		}
	}

	@Test
	void shouldEndWithTheLastLineBreak() throws IOException {
		NdjsonDocumentReader.LineBytes lines = new NdjsonDocumentReader.LineBytes(
				new ByteArrayInputStream("one\ntwo\n".getBytes(StandardCharsets.UTF_8)), 4);
		assertThat(new String(lines.next(), StandardCharsets.UTF_8)).isEqualTo("one");
		assertThat(new String(lines.next(), StandardCharsets.UTF_8)).isEqualTo("two");
		assertThat(lines.next()).isNull();
	}

	@Test
	void shouldRejectTwoObjectsOnOneLine() {
		ImportRecord record = NdjsonDocumentReader.parse("{\"text\": \"One.\"} {\"text\": \"Two.\"}",
				RecordLocation.line("f.ndjson", 1));
		assertThat(record.document()).isNull();
		assertThat(record.unreadable().code()).isEqualTo("MALFORMED_RECORD");
	}

}
