package app.briefings.ingestion.document;

import java.time.Instant;

import app.briefings.graphql.error.ApiException;
import app.briefings.graphql.error.ErrorCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentValidatorTests {

	private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

	@Test
	void shouldAcceptADateAndTakeItAsUtcMidnight() {
		ValidatedDocument document = DocumentValidator.validate(input("text", "2025-04-03", null, null), NOW);
		assertThat(document.publishedAt()).isEqualTo(Instant.parse("2025-04-03T00:00:00Z"));
	}

	@Test
	void shouldKeepTheClockOfADateTimeWithoutOffsetAsUtc() {
		assertThat(DocumentValidator.validate(input("text", "2025-04-03T23:30:00", null, null), NOW).publishedAt())
			.isEqualTo(Instant.parse("2025-04-03T23:30:00Z"));
	}

	@Test
	void shouldHonourAnOffset() {
		assertThat(
				DocumentValidator.validate(input("text", "2025-04-03T01:30:00+03:00", null, null), NOW).publishedAt())
			.isEqualTo(Instant.parse("2025-04-02T22:30:00Z"));
		assertThat(DocumentValidator.validate(input("text", "2025-04-03T01:30:00Z", null, null), NOW).publishedAt())
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
	void shouldRefuseControlCharactersInEveryField() {
		expectInvalid(input("before\u0000after", null, null, null), "text");
		expectInvalid(input("bell\u0007", null, null, null), "text");
		expectInvalid(new IngestDocumentInput("text", "Wire\u0000", null, null, null, null), "sourceName");
		expectInvalid(new IngestDocumentInput("text", null, null, null, null, "a-\u001b1"), "externalId");
		expectInvalid(input("text", null, null, "https://example.org/\u0000"), "sourceUrl");
	}

	@Test
	void shouldKeepTabsAndLineBreaks() {
		assertThat(DocumentValidator.validate(input("line\tone\r\nline two", null, null, null), NOW).text())
			.isEqualTo("line\tone\r\nline two");
	}

	@Test
	void shouldRefuseUnpairedSurrogatesButKeepPairs() {
		expectInvalid(input("lone \ud83d here", null, null, null), "text");
		expectInvalid(input("reversed \ude00\ud83d", null, null, null), "text");
		expectInvalid(input("at the end \ud83d", null, null, null), "text");
		assertThat(DocumentValidator.validate(input("a pair \ud83d\ude00", null, null, null), NOW).text())
			.isEqualTo("a pair \ud83d\ude00");
	}

	@Test
	void shouldAcceptPublicationTimesFrom1900ToTwoDaysAhead() {
		assertThat(DocumentValidator.validate(input("text", "1900-01-01", null, null), NOW).publishedAt())
			.isEqualTo(Instant.parse("1900-01-01T00:00:00Z"));
		assertThat(DocumentValidator.validate(input("text", "2026-12-08T12:00:00Z", null, null), NOW).publishedAt())
			.isEqualTo(Instant.parse("2026-12-08T12:00:00Z"));
	}

	@Test
	void shouldRefusePublicationTimesOutsideTheWindow() {
		expectInvalid(input("text", "1899-12-31T23:59:59Z", null, null), "publishedAt");
		expectInvalid(input("text", "2026-12-08T12:00:01Z", null, null), "publishedAt");
		expectInvalid(input("text", "9999-12-31", null, null), "publishedAt");
		expectInvalid(input("text", "+50000-01-01T00:00:00Z", null, null), "publishedAt");
		expectInvalid(input("text", "+999999999-12-31T00:00:00Z", null, null), "publishedAt");
		expectInvalid(input("text", "-999999999-01-01T00:00:00Z", null, null), "publishedAt");
	}

	@Test
	void shouldNormalizeTheLanguage() {
		assertThat(DocumentValidator.validate(input("text", null, "RU", null), NOW).language()).isEqualTo("ru");
	}

	private static IngestDocumentInput input(String text, String publishedAt, String language, String sourceUrl) {
		return new IngestDocumentInput(text, null, sourceUrl, publishedAt, language, null);
	}

	private static void expectInvalid(IngestDocumentInput input, String field) {
		assertThatThrownBy(() -> DocumentValidator.validate(input, NOW)).isInstanceOfSatisfying(ApiException.class,
				(ex) -> {
					assertThat(ex.code()).isEqualTo(ErrorCode.BAD_USER_INPUT);
					assertThat(ex.details()).containsEntry("field", field);
				});
	}

}
