package app.briefings.importer;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImportProgressTests {

	@Test
	void shouldShowDoneOfTotalRateAndTimeLeft() {
		assertThat(ImportProgress.line(120, 500, Duration.ofSeconds(12)))
			.isEqualTo("120/500 records, 10.0 docs/s, ETA 0:38");
		assertThat(ImportProgress.line(1, 10_000, Duration.ofSeconds(2)))
			.isEqualTo("1/10000 records, 0.5 docs/s, ETA 5:33:18");
		assertThat(ImportProgress.line(0, 5, Duration.ZERO)).isEqualTo("0/5 records, 0.0 docs/s, ETA -");
	}

	@Test
	void shouldEndALiveLineWithItsLastStateAndPrintNothingWithoutProgress() {
		ByteArrayOutputStream live = new ByteArrayOutputStream();
		try (ImportProgress progress = ImportProgress.start(ImportOptions.Progress.AUTO, true,
				new PrintStream(live, true, StandardCharsets.UTF_8), () -> 2)) {
			progress.recordDone();
			progress.recordDone();
		}
		assertThat(live.toString(StandardCharsets.UTF_8)).contains("\r2/2 records,").endsWith(System.lineSeparator());

		ByteArrayOutputStream none = new ByteArrayOutputStream();
		try (ImportProgress progress = ImportProgress.start(ImportOptions.Progress.NONE, true,
				new PrintStream(none, true, StandardCharsets.UTF_8), () -> 2)) {
			progress.recordDone();
		}
		assertThat(none.size()).isZero();
	}

	@Test
	void shouldCountTheRecordsOnlyWhenProgressIsShown() {
		AtomicInteger counted = new AtomicInteger();
		IntSupplier total = () -> {
			counted.incrementAndGet();
			return 2;
		};
		PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
		try (ImportProgress progress = ImportProgress.start(ImportOptions.Progress.NONE, false, out, total)) {
			progress.recordDone();
		}
		assertThat(counted).hasValue(0);

		try (ImportProgress progress = ImportProgress.start(ImportOptions.Progress.AUTO, false, out, total)) {
			progress.recordDone();
		}
		assertThat(counted).hasValue(1);
	}

	@Test
	void shouldPrintNoLiveLineWhenNotOnATerminal() {
		ByteArrayOutputStream logs = new ByteArrayOutputStream();
		try (ImportProgress progress = ImportProgress.start(ImportOptions.Progress.AUTO, false,
				new PrintStream(logs, true, StandardCharsets.UTF_8), () -> 2)) {
			progress.recordDone();
		}
		assertThat(logs.toString(StandardCharsets.UTF_8)).doesNotContain("\r");
	}

}
