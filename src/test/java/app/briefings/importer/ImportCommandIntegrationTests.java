package app.briefings.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import app.briefings.BriefingsApplication;
import app.briefings.GraphQlHttp;
import app.briefings.ingestion.IngestionService;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import command on the embedded MongoDB, each in its own application context: no web
 * server, no import into memory storage, and documents imported into file storage served
 * by the next start of the application on the same folder.
 */
class ImportCommandIntegrationTests {

	@TempDir
	Path folder;

	@Test
	void shouldStartTheApplicationWithoutAWebServerAndRefuseMemoryStorage() {
		long start = System.nanoTime();
		try (ConfigurableApplicationContext context = ImportContext.start(BriefingsApplication.class, Map.of(),
				Map.of("briefings.mongo.embedded.storage", "memory"))) {
			System.out.printf("[import] context started in %.1f s%n", (System.nanoTime() - start) / 1e9);
			assertThat(context).isNotInstanceOf(WebServerApplicationContext.class);
			assertThat(context.getEnvironment().getProperty("local.server.port")).isNull();
			assertThat(context.getBeanProvider(IngestionService.class).getIfAvailable()).isNotNull();
			assertThat(context.getEnvironment().getProperty("briefings.sample-data.enabled")).isEqualTo("false");
			assertThat(context.getEnvironment().getProperty("briefings.search.commit-interval"))
				.isEqualTo(ImportContext.SEARCH_COMMIT_INTERVAL);
			assertThat(ImportContext.keepsNothing(context)).isTrue();
		}
	}

	@Test
	void shouldKeepImportedDocumentsForTheNextStartOfTheApplication() throws IOException {
		Path data = this.folder.resolve("data");
		Path docs = this.folder.resolve("docs");
		Files.createDirectories(docs);
		Files.writeString(docs.resolve("khrenin.txt"),
				"""
						Source: Example wire
						Published: 2025-05-06
						---
						Belarusian Defense Minister Viktor Khrenin said that the CSTO exercise "Kept-Import" would be held near Brest in September.
						""");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exitCode = new ImportCommand(BriefingsApplication.class, new PrintStream(out, true, StandardCharsets.UTF_8),
				System.err, false)
			.execute(List.of("--briefings.mongo.embedded.path=" + data, "--report",
					this.folder.resolve("rejected.ndjson").toString(), docs.toString()));
		assertThat(exitCode).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("file storage in " + data)
			.containsPattern("created: +1\\R");
		try (FSDirectory index = FSDirectory.open(data.resolve("search-index"));
				DirectoryReader committed = DirectoryReader.open(index)) {
			assertThat(committed.numDocs()).as("briefings in the search index's last commit").isPositive();
		}

		try (ConfigurableApplicationContext server = new SpringApplicationBuilder(BriefingsApplication.class)
			.properties("server.port=0", "briefings.mongo.embedded.path=" + data, "briefings.sample-data.enabled=false")
			.run()) {
			int port = Integer.parseInt(server.getEnvironment().getProperty("local.server.port", "0"));
			GraphQlHttp.Answer answer = new GraphQlHttp(port, null)
				.post("{ briefings(first: 5) { edges { node { title source { name } } } } }", Map.of());
			assertThat(answer.errors()).isEmpty();
			assertThat(answer.body().toString()).contains("Kept-Import").contains("Example wire");
		}
	}

}
