package app.briefings.importer;

import java.util.List;
import java.util.Map;

import app.briefings.graphql.error.ApiException;
import app.briefings.graphql.error.ErrorCode;
import app.briefings.ingestion.IngestError;
import app.briefings.ingestion.IngestOutcome;
import app.briefings.ingestion.IngestionResult;
import app.briefings.ingestion.IngestionService;
import app.briefings.ingestion.document.IngestDocumentInput;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class RecordIngestorTests {

	private static final IngestDocumentInput DOCUMENT = new IngestDocumentInput("Text.", null, null, null, null, "x");

	private final IngestionService service = mock(IngestionService.class);

	private final RecordIngestor ingestor = new RecordIngestor(this.service);

	@Test
	void shouldTellANewDocumentFromACorrectionAndADuplicate() {
		given(this.service.ingestOne(DOCUMENT, "p")).willReturn(stored(IngestOutcome.CREATED));
		assertThat(this.ingestor.ingest(DOCUMENT, "p")).isEqualTo(ImportOutcome.CREATED);
		given(this.service.ingestOne(DOCUMENT, "p")).willReturn(stored(IngestOutcome.UPDATED));
		assertThat(this.ingestor.ingest(DOCUMENT, "p")).isEqualTo(ImportOutcome.UPDATED);
		given(this.service.ingestOne(DOCUMENT, "p")).willReturn(stored(IngestOutcome.DUPLICATE));
		assertThat(this.ingestor.ingest(DOCUMENT, "p")).isEqualTo(ImportOutcome.DUPLICATE);
	}

	@Test
	void shouldRejectInvalidInputWithItsCodeAndField() {
		given(this.service.ingestOne(DOCUMENT, "p")).willReturn(new IngestionResult(IngestOutcome.REJECTED, "x",
				List.of(), null, new IngestError("BAD_USER_INPUT", "language", "language must be one of [en, ru]")));
		assertThat(this.ingestor.ingest(DOCUMENT, "p")).isEqualTo(ImportOutcome
			.rejected(new Rejection("BAD_USER_INPUT", "language", "language must be one of [en, ru]")));
	}

	@Test
	void shouldRejectWithTheCodeOfAnApiError() {
		given(this.service.ingestOne(DOCUMENT, "p"))
			.willThrow(new ApiException(ErrorCode.BAD_USER_INPUT, "text is empty", Map.of("field", "text")));
		assertThat(this.ingestor.ingest(DOCUMENT, "p"))
			.isEqualTo(ImportOutcome.rejected(new Rejection("BAD_USER_INPUT", "text", "text is empty")));
	}

	private static IngestionResult stored(IngestOutcome outcome) {
		return new IngestionResult(outcome, "x", List.of(), "d1", null);
	}

	@Test
	void shouldRejectWithUnavailableWhenTheDatabaseFails() {
		given(this.service.ingestOne(DOCUMENT, "p")).willThrow(new DataAccessResourceFailureException("timed out"));
		ImportOutcome outcome = this.ingestor.ingest(DOCUMENT, "p");
		assertThat(outcome.kind()).isEqualTo(ImportOutcome.Kind.REJECTED);
		assertThat(outcome.rejection().code()).isEqualTo("UNAVAILABLE");
		assertThat(outcome.rejection().message()).contains("timed out");
	}

	@Test
	void shouldRejectWithInternalErrorOnAnUnexpectedFailure() {
		given(this.service.ingestOne(DOCUMENT, "p")).willThrow(new IllegalStateException("broken"));
		assertThat(this.ingestor.ingest(DOCUMENT, "p")).isEqualTo(ImportOutcome
			.rejected(new Rejection("INTERNAL_ERROR", null, "java.lang.IllegalStateException: broken")));
	}

}
