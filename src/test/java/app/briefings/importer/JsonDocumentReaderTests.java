package app.briefings.importer;

import java.util.ArrayList;
import java.util.List;

import app.briefings.ingestion.document.IngestDocumentInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JsonDocumentReaderTests {

	@Test
	void shouldReadOneObjectWithEveryField() {
		List<ImportRecord> records = parse("""
				{"text": "Lavrov said.", "sourceName": "Wire", "sourceUrl": "https://example.com/a",
				 "publishedAt": "2025-04-03", "language": "en", "externalId": "a-1"}
				""");
		assertThat(records).singleElement().satisfies((record) -> {
			assertThat(record.location()).isEqualTo(RecordLocation.file("docs.json"));
			assertThat(record.document()).isEqualTo(new IngestDocumentInput("Lavrov said.", "Wire",
					"https://example.com/a", "2025-04-03", "en", "a-1"));
		});
	}

	@Test
	void shouldReadAnArrayAndLocateEachElementByItsIndex() {
		List<ImportRecord> records = parse("""
				[{"text": "One."}, {"text": "Two.", "externalId": null}, 42, {"text": "Four.", "extId": "x"}]
				""");
		assertThat(records).extracting(ImportRecord::location)
			.containsExactly(RecordLocation.index("docs.json", 0), RecordLocation.index("docs.json", 1),
					RecordLocation.index("docs.json", 2), RecordLocation.index("docs.json", 3));
		assertThat(records.get(0).document()).isEqualTo(new IngestDocumentInput("One.", null, null, null, null, null));
		assertThat(records.get(1).document()).isEqualTo(new IngestDocumentInput("Two.", null, null, null, null, null));
		assertThat(records.get(2).unreadable()).isEqualTo(Rejection.malformed(null,
				"expected a JSON object with the fields " + DocumentJson.FIELDS + ", found a JSON number"));
		assertThat(records.get(3).unreadable()).isNotNull().satisfies((rejection) -> {
			assertThat(rejection.field()).isEqualTo("extId");
			assertThat(rejection.message()).startsWith("unknown field 'extId'");
		});
	}

	@Test
	void shouldRejectAFieldThatIsNotAString() {
		List<ImportRecord> records = parse("{\"text\": \"One.\", \"publishedAt\": 20250403}");
		assertThat(records).singleElement()
			.satisfies((record) -> assertThat(record.unreadable())
				.isEqualTo(Rejection.malformed("publishedAt", "publishedAt must be a string, found a JSON number")));
	}

	@Test
	void shouldRejectAFieldGivenTwice() {
		List<ImportRecord> records = parse("{\"text\": \"One.\", \"text\": \"Two.\"}");
		assertThat(records).singleElement().satisfies((record) -> {
			assertThat(record.document()).isNull();
			assertThat(record.unreadable().code()).isEqualTo("MALFORMED_RECORD");
			assertThat(record.unreadable().message()).contains("text");
		});
	}

	@Test
	void shouldRejectAFileThatIsNotJsonAsOneRecordAtTheLineOfTheError() {
		List<ImportRecord> records = parse("[\n{\"text\": \"One.\"},\n{\"text\": \"Two.\"\n]");
		assertThat(records).singleElement().satisfies((record) -> {
			assertThat(record.location()).isEqualTo(RecordLocation.line("docs.json", 4));
			assertThat(record.unreadable().code()).isEqualTo("MALFORMED_RECORD");
			assertThat(record.unreadable().message())
				.startsWith("not valid JSON at column 1: Unexpected close marker ']'")
				.doesNotContain("Source:");
		});
	}

	@Test
	void shouldRejectAnEmptyFile() {
		assertThat(parse("")).singleElement()
			.satisfies((record) -> assertThat(record.unreadable().message()).endsWith("found nothing"));
	}

	@Test
	void shouldReadNothingFromAnEmptyArray() {
		assertThat(parse("[]")).isEmpty();
	}

	private static List<ImportRecord> parse(String content) {
		List<ImportRecord> records = new ArrayList<>();
		JsonDocumentReader.parse(content, "docs.json", records::add);
		return records;
	}

}
