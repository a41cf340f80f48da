package app.briefings.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import app.briefings.graphql.error.ErrorCode;
import app.briefings.ingestion.IngestError;
import app.briefings.ingestion.IngestOutcome;
import app.briefings.ingestion.IngestionResult;
import app.briefings.ingestion.IngestionService;
import app.briefings.ingestion.document.IngestDocumentInput;
import app.briefings.mongo.SharedCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

class BulkImportTests {

	@TempDir
	Path folder;

	private final IngestionService service = mock(IngestionService.class);

	@Test
	void shouldCountEveryRecordOnceAndReportEachRejectedOne() throws IOException, UsageException {
		Path docs = this.folder.resolve("docs");
		Files.createDirectories(docs.resolve("sub"));
		Files.writeString(docs.resolve("a.txt"), "Source: Wire\n---\nnew text");
		Files.writeString(docs.resolve("sub/b.ndjson"), """
				{"text": "new text 2", "externalId": "b-1"}
				{"text": oops}
				{"text": "stored text"}

				{"text": "bad language", "language": "fr", "externalId": "b-5"}
				""");
		Files.writeString(docs.resolve("c.json"), "[{\"text\": \"new text 3\"}, {\"text\": \"stored text\"}]");
		Files.writeString(docs.resolve("readme.md"), "not a document");
		given(this.service.ingestTogether(anyList(), eq("wire"))).willAnswer((call) -> answers(call.getArgument(0)));
		Path reportFile = this.folder.resolve("rejected.ndjson");

		ImportSummary summary;
		try (RejectionReport report = RejectionReport.create(reportFile)) {
			summary = new BulkImport(new RecordIngestor(this.service, SharedCommit.none()), "wire", 3).run(
					ImportSources.find(List.of(docs)), report,
					(total) -> ImportProgress.start(ImportOptions.Progress.NONE, false, System.err, total));
		}

		assertThat(summary.files()).isEqualTo(3);
		assertThat(summary.skippedFiles()).isEqualTo(1);
		assertThat(summary.records()).isEqualTo(7);
		assertThat(summary.created()).isEqualTo(3);
		assertThat(summary.updated()).isZero();
		assertThat(summary.duplicates()).isEqualTo(2);
		assertThat(summary.rejected()).isEqualTo(2);
		assertThat(summary.exitCode()).isEqualTo(2);
		verify(this.service, times(1)).ingestTogether(anyList(), eq("wire"));
		List<Map<String, Object>> lines = reportLines(reportFile);
		assertThat(lines).hasSize(2);
		assertThat(lines)
			.anySatisfy((line) -> assertThat(line).containsEntry("file", docs.resolve("sub/b.ndjson").toString())
				.containsEntry("line", 2)
				.containsEntry("index", null)
				.containsEntry("externalId", null)
				.containsEntry("code", "MALFORMED_RECORD"));
		assertThat(lines).anySatisfy((line) -> assertThat(line).containsEntry("line", 5)
			.containsEntry("externalId", "b-5")
			.containsEntry("code", "BAD_USER_INPUT")
			.containsEntry("field", "language")
			.containsEntry("message", "language must be one of [en, ru]"));
	}

	@Test
	void shouldSucceedWhenEveryRecordIsCreatedOrDuplicate() throws IOException, UsageException {
		Path file = this.folder.resolve("one.json");
		Files.writeString(file, "{\"text\": \"stored text\"}");
		given(this.service.ingestTogether(anyList(), eq("import"))).willAnswer((call) -> answers(call.getArgument(0)));
		Path reportFile = this.folder.resolve("rejected.ndjson");
		try (RejectionReport report = RejectionReport.create(reportFile)) {
			ImportSummary summary = new BulkImport(new RecordIngestor(this.service, SharedCommit.none()), "import", 1)
				.run(ImportSources.find(List.of(file)), report,
						(total) -> ImportProgress.start(ImportOptions.Progress.NONE, false, System.err, total));
			assertThat(summary.records()).isEqualTo(1);
			assertThat(summary.duplicates()).isEqualTo(1);
			assertThat(summary.exitCode()).isZero();
		}
		assertThat(reportFile).isEmptyFile();
	}

	@Test
	void shouldIngestTheRecordsInBatches() throws IOException, UsageException {
		Path file = this.folder.resolve("many.ndjson");
		int count = 2 * BulkImport.BATCH_SIZE + 8;
		StringBuilder records = new StringBuilder();
		for (int n = 0; n < count; n++) {
			records.append("{\"text\": \"new text ")
				.append(n)
				.append("\", \"externalId\": \"m-")
				.append(n)
				.append("\"}\n");
		}
		Files.writeString(file, records);
		List<Integer> batchSizes = new CopyOnWriteArrayList<>();
		given(this.service.ingestTogether(anyList(), eq("import"))).willAnswer((call) -> {
			List<IngestDocumentInput> inputs = call.getArgument(0);
			batchSizes.add(inputs.size());
			return answers(inputs);
		});
		try (RejectionReport report = RejectionReport.create(this.folder.resolve("rejected.ndjson"))) {
			ImportSummary summary = new BulkImport(new RecordIngestor(this.service, SharedCommit.none()), "import", 2)
				.run(ImportSources.find(List.of(file)), report,
						(total) -> ImportProgress.start(ImportOptions.Progress.NONE, false, System.err, total));
			assertThat(summary.created()).isEqualTo(count);
		}
		assertThat(batchSizes).containsExactlyInAnyOrder(BulkImport.BATCH_SIZE, BulkImport.BATCH_SIZE, 8);
		verify(this.service, never()).ingestOne(any(), any());
	}

	private static List<IngestionResult> answers(List<IngestDocumentInput> inputs) {
		List<IngestionResult> results = new ArrayList<>();
		for (IngestDocumentInput input : inputs) {
			results.add(answer(input));
		}
		return results;
	}

	private static IngestionResult answer(IngestDocumentInput input) {
		if ("fr".equals(input.language())) {
			return new IngestionResult(IngestOutcome.REJECTED, input.externalId(), List.of(), null,
					new IngestError(ErrorCode.BAD_USER_INPUT.name(), "language", "language must be one of [en, ru]"));
		}
		IngestOutcome outcome = input.text().startsWith("stored") ? IngestOutcome.DUPLICATE : IngestOutcome.CREATED;
		return new IngestionResult(outcome, input.externalId(), List.of(), "d-" + input.externalId(), null);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> reportLines(Path file) throws IOException, UsageException {
		JsonMapper json = JsonMapper.builder().build();
		List<Map<String, Object>> lines = new ArrayList<>();
		for (String line : Files.readAllLines(file)) {
			lines.add(json.readValue(line, Map.class));
		}
		return lines;
	}

}
