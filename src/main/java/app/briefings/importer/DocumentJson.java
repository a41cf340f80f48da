package app.briefings.importer;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import app.briefings.ingestion.document.IngestDocumentInput;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns JSON into document inputs, strictly: an object whose fields are those of
 * {@code IngestDocumentInput}, each a string or null. An unknown field (a misspelt
 * {@code externalID}), a repeated one or a number where a string belongs rejects the
 * record rather than losing what the partner sent.
 */
final class DocumentJson {

	static final List<String> FIELDS = List.of("text", "sourceName", "sourceUrl", "publishedAt", "language",
			"externalId");

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private DocumentJson() {
	}

	/**
	 * Parses JSON text into a tree; throws {@link JacksonException} when it is not JSON.
	 */
	static JsonNode parse(String json) {
		return MAPPER.readTree(json);
	}

	/** A syntax error as a rejection; its line is added to the location by the caller. */
	static Rejection syntaxError(JacksonException ex) {
		String message = withoutSourceReference(ex.getOriginalMessage());
		String column = (ex.getLocation() != null) ? " at column " + ex.getLocation().getColumnNr() : "";
		return Rejection.malformed(null, "not valid JSON" + column + ": " + message.strip());
	}

	/**
	 * The parser's message without its parenthesised reference to the input, which says
	 * nothing here ({@code (start marker at [Source: REDACTED ...])}).
	 */
	private static String withoutSourceReference(String message) {
		int source = message.indexOf("[Source:");
		if (source < 0) {
			return message;
		}
		int parenthesis = message.lastIndexOf(" (", source);
		return message.substring(0, (parenthesis >= 0) ? parenthesis : source);
	}

	/** The line of a syntax error in a multi-line text, 1 when unknown. */
	static int lineOf(JacksonException ex) {
		return (ex.getLocation() != null) ? Math.max(ex.getLocation().getLineNr(), 1) : 1;
	}

	static IngestDocumentInput document(JsonNode node) throws MalformedRecordException {
		if (!node.isObject()) {
			throw new MalformedRecordException(null,
					"expected a JSON object with the fields " + FIELDS + ", found " + describe(node));
		}
		for (Map.Entry<String, JsonNode> property : node.properties()) {
			check(property.getKey(), property.getValue());
		}
		return new IngestDocumentInput(string(node, "text"), string(node, "sourceName"), string(node, "sourceUrl"),
				string(node, "publishedAt"), string(node, "language"), string(node, "externalId"));
	}

	private static void check(String field, JsonNode value) throws MalformedRecordException {
		if (!FIELDS.contains(field)) {
			throw new MalformedRecordException(field, "unknown field '" + field + "'; the fields are " + FIELDS);
		}
		if (!value.isString() && !value.isNull()) {
			throw new MalformedRecordException(field, field + " must be a string, found " + describe(value));
		}
	}

	private static @Nullable String string(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		return value.stringValue();
	}

	private static String describe(JsonNode node) {
		if (node.isMissingNode()) {
			return "nothing";
		}
		return "a JSON " + node.getNodeType().name().toLowerCase(Locale.ROOT);
	}

	/** A JSON value that is not a document input. */
	static final class MalformedRecordException extends Exception {

		private final @Nullable String field;

		MalformedRecordException(@Nullable String field, String message) {
			super(message);
			this.field = field;
		}

		Rejection rejection() {
			return Rejection.malformed(this.field, getMessage());
		}

	}

}
