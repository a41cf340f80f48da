package app.briefings.ingestion.document;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Checks a document input before anything is stored, and names the first field at fault.
 * No field may hold control characters other than tab, line feed and carriage return, nor
 * unpaired surrogates; {@code publishedAt} must lie between
 * {@link #EARLIEST_PUBLISHED_AT} and {@link #PUBLISHED_AT_LEEWAY} after the time of
 * ingestion.
 */
public final class DocumentValidator {

	static final int MAX_TEXT_LENGTH = 1_000_000;

	private static final int MAX_FIELD_LENGTH = 500;

	private static final int MAX_URL_LENGTH = 2048;

	private static final Set<String> LANGUAGES = Set.of("en", "ru");

	/** The earliest publication time accepted. */
	static final Instant EARLIEST_PUBLISHED_AT = Instant.parse("1900-01-01T00:00:00Z");

	/**
	 * How far past the time of ingestion a publication time may lie, for clocks and time
	 * zones ahead of the server's.
	 */
	static final Duration PUBLISHED_AT_LEEWAY = Duration.ofDays(2);

	private DocumentValidator() {
	}

	public static ValidatedDocument validate(IngestDocumentInput input, Instant now) {
		String text = requireText(input.text());
		String sourceName = optional("sourceName", input.sourceName(), MAX_FIELD_LENGTH);
		String sourceUrl = url(input.sourceUrl());
		Instant publishedAt = publishedAt(input.publishedAt(), now);
		String language = language(input.language());
		String externalId = optional("externalId", input.externalId(), MAX_FIELD_LENGTH);
		return new ValidatedDocument(text, sourceName, sourceUrl, publishedAt, language, externalId);
	}

	private static String requireText(@Nullable String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidDocumentException("text", "text must not be empty");
		}
		if (text.length() > MAX_TEXT_LENGTH) {
			throw new InvalidDocumentException("text",
					"text is " + text.length() + " characters long; at most " + MAX_TEXT_LENGTH + " are accepted");
		}
		requireCleanCharacters("text", text);
		return text;
	}

	private static @Nullable String optional(String field, @Nullable String value, int maxLength) {
		if (value == null) {
			return null;
		}
		String trimmed = value.strip();
		if (trimmed.isEmpty()) {
			throw new InvalidDocumentException(field, field + " must not be blank; leave it out instead");
		}
		if (trimmed.length() > maxLength) {
			throw new InvalidDocumentException(field, field + " is longer than " + maxLength + " characters");
		}
		requireCleanCharacters(field, trimmed);
		return trimmed;
	}

	private static @Nullable String url(@Nullable String value) {
		String url = optional("sourceUrl", value, MAX_URL_LENGTH);
		if (url == null) {
			return null;
		}
		try {
			URI uri = new URI(url);
			String scheme = uri.getScheme();
			if (uri.getHost() == null || scheme == null
					|| !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
				throw new InvalidDocumentException("sourceUrl", "sourceUrl must be an absolute http or https URL");
			}
			return url;
		}
		catch (URISyntaxException ex) {
			throw new InvalidDocumentException("sourceUrl", "sourceUrl is not a valid URL");
		}
	}

	private static void requireCleanCharacters(String field, String value) {
		String problem = TextCharacters.problem(field, value);
		if (problem != null) {
			throw new InvalidDocumentException(field, problem);
		}
	}

	private static @Nullable Instant publishedAt(@Nullable String value, Instant now) {
		String text = optional("publishedAt", value, 64);
		if (text == null) {
			return null;
		}
		Instant instant = PublishedAt.parse(text);
		if (instant == null) {
			throw new InvalidDocumentException("publishedAt", "publishedAt '" + text
					+ "' is not an ISO-8601 date (2025-04-03) or date-time (2025-04-03T10:15:00Z)");
		}
		Instant latest = now.plus(PUBLISHED_AT_LEEWAY);
		if (instant.isBefore(EARLIEST_PUBLISHED_AT) || instant.isAfter(latest)) {
			throw new InvalidDocumentException("publishedAt",
					"publishedAt '" + text + "' is outside the accepted range " + EARLIEST_PUBLISHED_AT + " to "
							+ latest + " (two days after now)");
		}
		return instant;
	}

	private static @Nullable String language(@Nullable String value) {
		String language = optional("language", value, 8);
		if (language == null) {
			return null;
		}
		String normalized = language.toLowerCase(Locale.ROOT);
		if (!LANGUAGES.contains(normalized)) {
			throw new InvalidDocumentException("language",
					"language must be one of " + LANGUAGES + ", was '" + language + "'");
		}
		return normalized;
	}

}
