package app.briefings.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ImportOptionsTests {

	@Test
	void shouldUseDefaultsForAPathAlone() throws UsageException {
		ImportOptions options = ImportOptions.parse(List.of("docs"));
		assertThat(options).isEqualTo(new ImportOptions(List.of(Path.of("docs")), "import", 1,
				Path.of("import-rejected.ndjson"), ImportOptions.Progress.AUTO, Map.of()));
	}

	@Test
	void shouldReadEveryOptionInBothSpellings() throws UsageException {
		ImportOptions options = ImportOptions
			.parse(List.of("--partner", "reuters", "a.txt", "--threads=4", "--report", "out/rejected.ndjson",
					"--progress", "--spring.mongodb.uri=mongodb://db:27017/x", "--", "--odd-name.json"));
		assertThat(options).isEqualTo(new ImportOptions(List.of(Path.of("a.txt"), Path.of("--odd-name.json")),
				"reuters", 4, Path.of("out/rejected.ndjson"), ImportOptions.Progress.LIVE,
				Map.of("spring.mongodb.uri", "mongodb://db:27017/x")));
		assertThat(ImportOptions.parse(List.of("--no-progress", "a")).progress())
			.isEqualTo(ImportOptions.Progress.NONE);
	}

	@Test
	void shouldRefuseUnknownOptionsMissingValuesAndMissingPaths() {
		expectUsageError(List.of("--parnter", "x", "docs"), "unknown option --parnter");
		expectUsageError(List.of("--verbose=true", "docs"), "unknown option --verbose=true");
		expectUsageError(List.of("docs", "--partner"), "--partner needs a value");
		expectUsageError(List.of("--partner", " ", "docs"), "--partner must not be blank");
		expectUsageError(List.of("--threads", "0", "docs"), "--threads must be a whole number from 1 to 16, was 0");
		expectUsageError(List.of("--threads=many", "docs"), "was many");
		expectUsageError(List.of("--partner", "x"), "no file or folder to import was given");
	}

	private static void expectUsageError(List<String> arguments, String message) {
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> ImportOptions.parse(arguments))
			.withMessageContaining(message);
	}

}
