package app.briefings.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ImportSourcesTests {

	@TempDir
	Path folder;

	@Test
	void shouldWalkFoldersRecursivelyInSortedOrderAndListOtherFilesAsSkipped() throws IOException, UsageException {
		Path wire = this.folder.resolve("wire");
		write(wire.resolve("b.ndjson"));
		write(wire.resolve("a.txt"));
		write(wire.resolve("2025/04/c.JSON"));
		write(wire.resolve("notes.md"));
		write(wire.resolve("2025/.json"));

		ImportSources sources = ImportSources.find(List.of(wire));

		assertThat(sources.files()).extracting(SourceFile::path)
			.containsExactly(wire.resolve("2025/04/c.JSON"), wire.resolve("a.txt"), wire.resolve("b.ndjson"));
		assertThat(sources.files()).extracting(SourceFile::name)
			.containsExactly("wire/2025/04/c.JSON", "wire/a.txt", "wire/b.ndjson");
		assertThat(sources.files()).extracting(SourceFile::format)
			.containsExactly(DocumentFormat.JSON, DocumentFormat.TXT, DocumentFormat.NDJSON);
		assertThat(sources.skipped()).containsExactly(wire.resolve("2025/.json"), wire.resolve("notes.md"));
	}

	@Test
	void shouldTakeAFileGivenDirectlyByItsNameAndReadEachFileOnce() throws IOException, UsageException {
		Path wire = this.folder.resolve("wire");
		write(wire.resolve("a.txt"));
		write(wire.resolve("b.txt"));

		ImportSources sources = ImportSources.find(List.of(wire.resolve("b.txt"), wire, wire.resolve("a.txt")));

		assertThat(sources.files()).extracting(SourceFile::name).containsExactly("b.txt", "wire/a.txt");
		assertThat(sources.skipped()).isEmpty();
	}

	@Test
	void shouldRefuseAPathThatDoesNotExist() {
		assertThatExceptionOfType(UsageException.class)
			.isThrownBy(() -> ImportSources.find(List.of(this.folder.resolve("missing"))))
			.withMessageContaining("no such file or folder")
			.withMessageContaining("missing");
	}

	private static void write(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		Files.writeString(file, "text");
	}

}
