package app.briefings.ingestion.document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import app.briefings.ingestion.extraction.ExtractionInput;
import org.jspecify.annotations.Nullable;

/** A document input that passed validation, with its publication time parsed. */
public record ValidatedDocument(String text, @Nullable String sourceName, @Nullable String sourceUrl,
		@Nullable Instant publishedAt, @Nullable String language, @Nullable String externalId) {

	public ExtractionInput extractionInput() {
		LocalDate publishedDate = (this.publishedAt != null) ? LocalDate.ofInstant(this.publishedAt, ZoneOffset.UTC)
				: null;
		return new ExtractionInput(this.text, this.language, publishedDate);
	}

}
