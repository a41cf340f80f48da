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
import app.briefings.mongo.SharedCommit;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class RecordIngestorTests {

	private static final IngestDocumentInput DOCUMENT = new IngestDocumentInput("Text.", null, null, null, null, "x");

	private final IngestionService service = mock(IngestionService.class);

	private final RecordIngestor ingestor = new RecordIngestor(this.service, SharedCommit.none());

	@Test
	void shouldTellANewDocumentFromACorrectionAndADuplicate() {
		given(this.service.ingestTogether(List.of(DOCUMENT), "p")).willReturn(List.of(stored(IngestOutcome.CREATED)));
		assertThat(ingestOne()).isEqualTo(ImportOutcome.CREATED);
		given(this.service.ingestTogether(List.of(DOCUMENT), "p")).willReturn(List.of(stored(IngestOutcome.UPDATED)));
		assertThat(ingestOne()).isEqualTo(ImportOutcome.UPDATED);
		given(this.service.ingestTogether(List.of(DOCUMENT), "p")).willReturn(List.of(stored(IngestOutcome.DUPLICATE)));
		assertThat(ingestOne()).isEqualTo(ImportOutcome.DUPLICATE);
	}

	@Test
	void shouldRejectInvalidInputWithItsCodeAndField() {
		given(this.service.ingestTogether(List.of(DOCUMENT), "p"))
			.willReturn(List.of(new IngestionResult(IngestOutcome.REJECTED, "x", List.of(), null,
					new IngestError("BAD_USER_INPUT", "language", "language must be one of [en, ru]"))));
		assertThat(ingestOne()).isEqualTo(ImportOutcome
			.rejected(new Rejection("BAD_USER_INPUT", "language", "language must be one of [en, ru]")));
	}

	@Test
	void shouldRejectWithTheCodeOfAnApiError() {
		given(this.service.ingestTogether(List.of(DOCUMENT), "p"))
			.willThrow(new ApiException(ErrorCode.BAD_USER_INPUT, "text is empty", Map.of("field", "text")));
		assertThat(ingestOne())
			.isEqualTo(ImportOutcome.rejected(new Rejection("BAD_USER_INPUT", "text", "text is empty")));
	}

	private ImportOutcome ingestOne() {
		List<ImportOutcome> outcomes = this.ingestor.ingestAll(List.of(DOCUMENT), "p");
		assertThat(outcomes).hasSize(1);
		return outcomes.get(0);
	}

	private static IngestionResult stored(IngestOutcome outcome) {
		return new IngestionResult(outcome, "x", List.of(), "d1", null);
	}

	@Test
	void shouldRejectWithUnavailableWhenTheDatabaseFails() {
		given(this.service.ingestTogether(List.of(DOCUMENT), "p"))
			.willThrow(new DataAccessResourceFailureException("timed out"));
		ImportOutcome outcome = ingestOne();
		assertThat(outcome.kind()).isEqualTo(ImportOutcome.Kind.REJECTED);
		assertThat(outcome.rejection().code()).isEqualTo("UNAVAILABLE");
		assertThat(outcome.rejection().message()).contains("timed out");
	}

	@Test
	void shouldRejectWithInternalErrorOnAnUnexpectedFailure() {
		given(this.service.ingestTogether(List.of(DOCUMENT), "p")).willThrow(new IllegalStateException("broken"));
		assertThat(ingestOne()).isEqualTo(ImportOutcome
			.rejected(new Rejection("INTERNAL_ERROR", null, "java.lang.IllegalStateException: broken")));
	}

}
