package app.briefings.ingestion.extraction;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExtractionCancellationTests {

	private static final DocumentExtractor EXTRACTOR = new DocumentExtractor(KnowledgeBaseFiles.all());

	@AfterEach
	void clearInterrupt() {
		Thread.interrupted();
	}

	@Test
	void shouldStopALargeDocumentAtTheFirstCheckpointAfterCancellation() throws IOException {
		String megabyte = ExtractionWorkloads.documentOf(1_000_000);
		for (int cancelAfter : new int[] { 1, 50, 500 }) {
			CountingToken token = new CountingToken(cancelAfter);
			assertThatThrownBy(() -> EXTRACTOR.extract(new ExtractionInput(megabyte, null, null), token))
				.isInstanceOf(ExtractionCancelledException.class);
			assertThat(token.asked.get()).isEqualTo(cancelAfter + 1);
		}
	}

	@Test
	void shouldCheckAtLeastOncePerFewKilobytesOfText() throws IOException {
		String document = ExtractionWorkloads.documentOf(100_000);
		CountingToken token = new CountingToken(Integer.MAX_VALUE);
		EXTRACTOR.extract(new ExtractionInput(document, null, null), token);
		assertThat(token.asked.get()).isGreaterThan(document.length() / 1_000);
	}

	@Test
	void shouldStopWhenTheExtractingThreadIsInterrupted() {
		Thread.currentThread().interrupt();
		assertThatThrownBy(() -> EXTRACTOR.extract(new ExtractionInput("Sergey Lavrov said it.", null, null),
				CancellationToken.whenInterrupted()))
			.isInstanceOf(ExtractionCancelledException.class);
		assertThat(Thread.currentThread().isInterrupted()).isTrue();
	}

	@Test
	void shouldStopOnceTheTimeLimitHasPassed() {
		assertThatThrownBy(() -> EXTRACTOR.extract(new ExtractionInput("Sergey Lavrov said it.", null, null),
				CancellationToken.after(Duration.ZERO)))
			.isInstanceOf(ExtractionCancelledException.class);
	}

	@Test
	void shouldExtractAsBeforeWithATokenThatIsNeverCancelled() {
		ExtractionInput input = new ExtractionInput("Foreign Minister Sergey Lavrov said: \"We agree.\"", null, null);
		assertThat(EXTRACTOR.extract(input, CancellationToken.whenInterrupted())).isEqualTo(EXTRACTOR.extract(input));
	}

	/**
	 * Cancels after it has been asked a given number of times, counting every question.
	 */
	private static final class CountingToken implements CancellationToken {

		private final int cancelAfter;

		private final AtomicInteger asked = new AtomicInteger();

		CountingToken(int cancelAfter) {
			this.cancelAfter = cancelAfter;
		}

		@Override
		public boolean isCancelled() {
			return this.asked.incrementAndGet() > this.cancelAfter;
		}

	}

}
