package app.briefings.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.briefings.BriefingsApplication;
import app.briefings.GraphQlHttp;
import app.briefings.IntegrationTest;
import app.briefings.graphql.node.GlobalId;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import command run in-process, in its own application context without a web server,
 * against the MongoDB of the running application: counts, exit codes, the report of
 * rejected records, the briefings served afterwards, and a second run that finds
 * everything stored.
 */
@IntegrationTest
class BulkImportIntegrationTests {

	private static final String PARTNER = "bulk-import-tests";

	private static final String ITEM = """
			Kazakh Defense Minister Ruslan Zhaksylykov said that the CSTO training "Bulk-%s" would be held near Almaty in the autumn.
			"We are ready to host the contingents," Zhaksylykov said.
			""";

	@TempDir
	Path folder;

	@Autowired
	MongoConnectionDetails mongoConnection;

	@Autowired
	MongoOperations mongo;

	@LocalServerPort
	int port;

	@Test
	void shouldImportMixedFilesReportRejectedRecordsAndFindThemStoredTheSecondTime() throws IOException {
		Path wire = writeMixedFolder();
		Path report = this.folder.resolve("reports/rejected.ndjson");

		Run first = importFolder(wire, report);

		assertThat(first.exitCode()).isEqualTo(2);
		assertThat(first.summary()).containsEntry("files", "5")
			.containsEntry("skipped files", "1")
			.containsEntry("records", "9")
			.containsEntry("created", "5")
			.containsEntry("updated", "0")
			.containsEntry("duplicates", "0")
			.containsEntry("rejected", "4 (see " + report + ")");
		assertThat(first.out()).contains("skipped " + wire.resolve("notes.md") + ": not a .txt, .json or .ndjson file");
		assertThat(reportLines(report)).containsExactlyInAnyOrder(
				rejected(wire.resolve("batch.json"), null, 1, null, "MALFORMED_RECORD", "extId"),
				rejected(wire.resolve("feed.ndjson"), 2, null, null, "MALFORMED_RECORD", null),
				rejected(wire.resolve("feed.ndjson"), 4, null, "bulk-feed-4", "BAD_USER_INPUT", "language"),
				rejected(wire.resolve("menu.txt"), null, null, "wire/menu.txt", "BAD_USER_INPUT", "text"));
		List<Document> documents = storedDocuments();
		assertThat(documents).hasSize(5);
		assertThat(documents).extracting((document) -> document.getString("externalId"))
			.containsExactlyInAnyOrder("bulk-header-1", "wire/02-plain.txt", "bulk-feed-1", "bulk-feed-3", null);
		assertThat(documents).allSatisfy((document) -> {
			assertThat(document.getString("status")).isEqualTo("DONE");
			assertThat(document.getList("briefingIds", String.class)).isNotEmpty();
		});
		assertServedWithSource(documents, "bulk-header-1", "Example wire", "https://example.com/bulk/1");

		Run second = importFolder(wire, report);

		assertThat(second.exitCode()).isEqualTo(2);
		assertThat(second.summary()).containsEntry("records", "9")
			.containsEntry("created", "0")
			.containsEntry("duplicates", "5")
			.containsEntry("rejected", "4 (see " + report + ")");
		assertThat(reportLines(report)).hasSize(4);
		assertThat(storedDocuments()).hasSize(5);
	}

	@Test
	void shouldExitWithZeroWhenEveryRecordIsIngestedOrStored() throws IOException {
		Path file = this.folder.resolve("single.ndjson");
		Files.writeString(file,
				"{\"text\": " + JsonMapper.builder().build().writeValueAsString(ITEM.formatted("single"))
						+ ", \"externalId\": \"bulk-single\"}\n");
		Path report = this.folder.resolve("single-rejected.ndjson");
		for (String expectedOutcome : List.of("created", "duplicates")) {
			Run run = run(List.of("--partner", PARTNER + "-single", "--threads", "2", "--report", report.toString(),
					"--no-progress", file.toString()));
			assertThat(run.exitCode()).isZero();
			assertThat(run.summary()).containsEntry("records", "1").containsEntry(expectedOutcome, "1");
			assertThat(report).isEmptyFile();
		}
	}

	private Path writeMixedFolder() throws IOException {
		Path wire = this.folder.resolve("wire");
		Files.createDirectories(wire);
		Files.writeString(wire.resolve("01-header.txt"), """
				Source: Example wire
				URL: https://example.com/bulk/1
				Published: 2025-04-03
				Language: en
				External-Id: bulk-header-1
				---
				""" + ITEM.formatted("header"));
		Files.writeString(wire.resolve("02-plain.txt"), ITEM.formatted("plain"));
		Files.writeString(wire.resolve("menu.txt"), "Go back\n\nBack to the section\n\nBack to the all news\n");
		Files.writeString(wire.resolve("feed.ndjson"), String.join("\n",
				json(Map.of("text", ITEM.formatted("feed-1"), "externalId", "bulk-feed-1")), "{\"text\": \"cut off",
				json(Map.of("text", ITEM.formatted("feed-3"), "externalId", "bulk-feed-3", "language", "en")),
				json(Map.of("text", ITEM.formatted("feed-4"), "externalId", "bulk-feed-4", "language", "fr")), ""));
		Files.writeString(wire.resolve("batch.json"), "[" + json(Map.of("text", ITEM.formatted("batch-0"))) + ", "
				+ json(Map.of("text", ITEM.formatted("batch-1"), "extId", "bulk-batch-1")) + "]");
		Files.writeString(wire.resolve("notes.md"), "# Notes\n");
		return wire;
	}

	private Run importFolder(Path wire, Path report) {
		return run(List.of("--partner", PARTNER, "--report", report.toString(), "--no-progress", wire.toString()));
	}

	private Run run(List<String> options) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		List<String> arguments = new ArrayList<>(options);
		arguments.add(0, "--spring.mongodb.uri=" + this.mongoConnection.getConnectionString().getConnectionString());
		arguments.add(1,
				"--spring.mongodb.database=" + this.mongo.getCollection("documents").getNamespace().getDatabaseName());
		int exitCode = new ImportCommand(BriefingsApplication.class, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), false)
			.execute(arguments);
		return new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private List<Document> storedDocuments() {
		return this.mongo.find(new Query(Criteria.where("partner").is(PARTNER).and("text").regex("Bulk-")),
				Document.class, "documents");
	}

	@SuppressWarnings("unchecked")
	private void assertServedWithSource(List<Document> documents, String externalId, String sourceName,
			String sourceUrl) throws IOException {
		Document document = documents.stream()
			.filter((candidate) -> externalId.equals(candidate.getString("externalId")))
			.findFirst()
			.orElseThrow();
		String briefingId = document.getList("briefingIds", String.class).get(0);
		GraphQlHttp.Answer answer = new GraphQlHttp(this.port, null).post(
				"query($id: ID!) { node(id: $id) { ... on Briefing { title source { name url } } } }",
				Map.of("id", GlobalId.encode("Briefing", briefingId)));
		assertThat(answer.errors()).isEmpty();
		Map<String, Object> node = (Map<String, Object>) answer.data().get("node");
		assertThat(node).containsEntry("source", Map.of("name", sourceName, "url", sourceUrl));
		assertThat((String) node.get("title")).contains("Zhaksylykov");
	}

	private static String json(Map<String, String> fields) {
		return JsonMapper.builder().build().writeValueAsString(fields);
	}

	private static Map<String, Object> rejected(Path file, Integer line, Integer index, String externalId, String code,
			String field) {
		Map<String, Object> expected = new LinkedHashMap<>();
		expected.put("file", file.toString());
		expected.put("line", line);
		expected.put("index", index);
		expected.put("externalId", externalId);
		expected.put("code", code);
		expected.put("field", field);
		return expected;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> reportLines(Path report) throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		List<Map<String, Object>> lines = new ArrayList<>();
		for (String line : Files.readAllLines(report)) {
			Map<String, Object> parsed = new LinkedHashMap<>(json.readValue(line, Map.class));
			assertThat((String) parsed.remove("message")).isNotBlank();
			lines.add(parsed);
		}
		return lines;
	}

	/** One run of the command: its exit code and what it printed. */
	record Run(int exitCode, String out, String err) {

		Map<String, String> summary() {
			Map<String, String> summary = new LinkedHashMap<>();
			String text = this.out.substring(this.out.indexOf("Import summary"));
			for (String line : text.lines().skip(1).toList()) {
				int colon = line.indexOf(':');
				summary.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
			}
			return summary;
		}

	}

}
