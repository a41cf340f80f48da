package app.briefings.ingestion;

import java.time.Instant;

import app.briefings.graphql.ApiException;
import app.briefings.graphql.ErrorCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentValidatorTests {

	@Test
	void shouldAcceptADateAndTakeItAsUtcMidnight() {
		ValidatedDocument document = DocumentValidator.validate(input("text", "2025-04-03", null, null));
		assertThat(document.publishedAt()).isEqualTo(Instant.parse("2025-04-03T00:00:00Z"));
	}

	@Test
	void shouldKeepTheClockOfADateTimeWithoutOffsetAsUtc() {
		assertThat(DocumentValidator.validate(input("text", "2025-04-03T23:30:00", null, null)).publishedAt())
			.isEqualTo(Instant.parse("2025-04-03T23:30:00Z"));
	}

	@Test
	void shouldHonourAnOffset() {
		assertThat(DocumentValidator.validate(input("text", "2025-04-03T01:30:00+03:00", null, null)).publishedAt())
			.isEqualTo(Instant.parse("2025-04-02T22:30:00Z"));
		assertThat(DocumentValidator.validate(input("text", "2025-04-03T01:30:00Z", null, null)).publishedAt())
			.isEqualTo(Instant.parse("2025-04-03T01:30:00Z"));
	}

	@Test
	void shouldNameTheFieldAtFault() {
		expectInvalid(input("  ", null, null, null), "text");
		expectInvalid(input(null, null, null, null), "text");
		expectInvalid(input("text", "03.04.2025", null, null), "publishedAt");
		expectInvalid(input("text", "2025-13-40", null, null), "publishedAt");
		expectInvalid(input("text", null, "fr", null), "language");
		expectInvalid(input("text", null, null, "ftp://example.org/x"), "sourceUrl");
		expectInvalid(input("text", null, null, "not a url"), "sourceUrl");
		expectInvalid(input("x".repeat(DocumentValidator.MAX_TEXT_LENGTH + 1), null, null, null), "text");
	}

	@Test
	void shouldNormalizeTheLanguage() {
		assertThat(DocumentValidator.validate(input("text", null, "RU", null)).language()).isEqualTo("ru");
	}

	private static IngestDocumentInput input(String text, String publishedAt, String language, String sourceUrl) {
		return new IngestDocumentInput(text, null, sourceUrl, publishedAt, language, null);
	}

	private static void expectInvalid(IngestDocumentInput input, String field) {
		assertThatThrownBy(() -> DocumentValidator.validate(input)).isInstanceOfSatisfying(ApiException.class, (ex) -> {
			assertThat(ex.code()).isEqualTo(ErrorCode.BAD_USER_INPUT);
			assertThat(ex.details()).containsEntry("field", field);
		});
	}

}
