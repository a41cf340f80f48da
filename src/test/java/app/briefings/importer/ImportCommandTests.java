package app.briefings.importer;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import app.briefings.BriefingsApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ImportCommandTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private final ImportCommand command = new ImportCommand(BriefingsApplication.class,
			new PrintStream(this.out, true, StandardCharsets.UTF_8),
			new PrintStream(this.err, true, StandardCharsets.UTF_8), false);

	@Test
	void shouldBeChosenByItsNameAsFirstArgumentOnly() {
		assertThat(ImportCommand.handles(new String[] { "import", "docs" })).isTrue();
		assertThat(ImportCommand.handles(new String[] { "import" })).isTrue();
		assertThat(ImportCommand.handles(new String[] { "--server.port=0", "import" })).isFalse();
		assertThat(ImportCommand.handles(new String[0])).isFalse();
	}

	@Test
	void shouldExitWithOneAndSayWhyForAnUnknownOptionBeforeStartingAnything() {
		assertThat(this.command.execute(List.of("--parnter", "x", "docs"))).isEqualTo(1);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).startsWith("import: unknown option --parnter")
			.contains("Usage: import [options] <file or folder>...");
		assertThat(this.out.size()).isZero();
	}

	@Test
	void shouldExitWithOneForAMissingPath(@TempDir Path folder) {
		Path missing = folder.resolve("missing");
		assertThat(this.command.execute(List.of(missing.toString()))).isEqualTo(1);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).startsWith("import: no such file or folder: " + missing);
	}

	@Test
	void shouldExitWithOneWhenNoPathIsGiven() {
		assertThat(this.command.execute(List.of())).isEqualTo(1);
		assertThat(this.err.toString(StandardCharsets.UTF_8))
			.startsWith("import: no file or folder to import was given");
	}

	@Test
	void shouldPrintHelpAndExitWithZero() {
		assertThat(this.command.execute(List.of("--help"))).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).isEqualTo(ImportOptions.USAGE);
	}

}
