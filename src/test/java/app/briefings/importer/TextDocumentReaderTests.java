package app.briefings.importer;

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

class TextDocumentReaderTests {

	private static final RecordLocation LOCATION = RecordLocation.file("wire/a.txt");

	@Test
	void shouldReadEveryHeaderFieldAndTheTextAfterTheHeader() {
		ImportRecord record = TextDocumentReader.parse("""
				Source: Example wire
				URL: https://example.com/a
				Published: 2025-04-03
				Language: ru
				External-Id: wire-0001
				---
				MOSCOW, April 3 -- Lavrov said.
				Second line.
				""", "wire/a.txt", LOCATION);
		assertThat(record.unreadable()).isNull();
		assertThat(record.document())
			.isEqualTo(new IngestDocumentInput("MOSCOW, April 3 -- Lavrov said.\nSecond line.\n", "Example wire",
					"https://example.com/a", "2025-04-03", "ru", "wire-0001"));
	}

	@Test
	void shouldTakeTheWholeFileAsTextWithoutAHeaderAndTheFileNameAsExternalId() {
		String text = "MOSCOW, April 3 -- Lavrov said: it is so.\n---\nmore\n";
		ImportRecord record = TextDocumentReader.parse(text, "wire/a.txt", LOCATION);
		assertThat(record.document()).isEqualTo(new IngestDocumentInput(text, null, null, null, null, "wire/a.txt"));
	}

	@Test
	void shouldReadHeaderNamesInAnyCaseAndDefaultTheExternalId() {
		ImportRecord record = TextDocumentReader.parse("source:Wire\r\nLANGUAGE:  en \r\n---\r\nText.", "b.txt",
				LOCATION);
		assertThat(record.document()).isEqualTo(new IngestDocumentInput("Text.", "Wire", null, null, "en", "b.txt"));
	}

	@Test
	void shouldRejectAnUnknownHeaderField() {
		ImportRecord record = TextDocumentReader.parse("Source: Wire\nAuthor: Ivanov\n---\nText.", "a.txt", LOCATION);
		assertThat(record.document()).isNull();
		assertThat(record.unreadable()).isNotNull().satisfies((rejection) -> {
			assertThat(rejection.code()).isEqualTo("MALFORMED_RECORD");
			assertThat(rejection.field()).isEqualTo("header");
			assertThat(rejection.message()).contains("line 2").contains("Author: Ivanov");
		});
	}

	@Test
	void shouldRejectAHeaderThatIsNotEnded() {
		ImportRecord record = TextDocumentReader.parse("Source: Wire\nPublished: 2025-04-03\n", "a.txt", LOCATION);
		assertThat(record.unreadable()).isNotNull()
			.satisfies((rejection) -> assertThat(rejection.message()).contains("not ended by a line '---'"));
	}

	@Test
	void shouldRejectAHeaderFieldGivenTwice() {
		ImportRecord record = TextDocumentReader.parse("URL: https://a.example\nurl: https://b.example\n---\nText.",
				"a.txt", LOCATION);
		assertThat(record.unreadable()).isNotNull()
			.satisfies((rejection) -> assertThat(rejection.message()).contains("URL is given twice"));
	}

	@Test
	void shouldDropAByteOrderMarkAndRejectAFileThatIsNotUtf8(@TempDir Path folder) throws IOException {
		Path withMark = folder.resolve("mark.txt");
		Files.write(withMark, ("\uFEFFSource: Wire\n---\nText.").getBytes(StandardCharsets.UTF_8));
		Path latin1 = folder.resolve("latin1.txt");
		Files.write(latin1, "Caf\u00e9 news".getBytes(StandardCharsets.ISO_8859_1));
		List<ImportRecord> records = new ArrayList<>();
		TextDocumentReader.read(new SourceFile(withMark, "f/mark.txt", DocumentFormat.TXT), records::add);
		TextDocumentReader.read(new SourceFile(latin1, "f/latin1.txt", DocumentFormat.TXT), records::add);
		assertThat(records).hasSize(2);
		assertThat(records.get(0).document())
			.isEqualTo(new IngestDocumentInput("Text.", "Wire", null, null, null, "f/mark.txt"));
		assertThat(records.get(1).location().file()).isEqualTo(latin1.toString());
		assertThat(records.get(1).unreadable()).isNotNull()
			.satisfies((rejection) -> assertThat(rejection.code()).isEqualTo("UNREADABLE_FILE"));
	}

}
