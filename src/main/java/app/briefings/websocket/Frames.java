package app.briefings.websocket;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import app.briefings.graphql.subscription.SharedPayloads;
import graphql.GraphQLError;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.server.support.GraphQlWebSocketMessage;

/**
 * Writes the graphql-ws messages of operations, and those of the connection itself
 * ({@code connection_ack}, {@code ping}, {@code pong}), the usual ones written once. A
 * {@code next} message whose payload is only data, one subscribed field, takes that
 * field's JSON from {@link SharedPayloads}: subscribers sharing an event's result (same
 * selection, variables and rights) get the same text, written once, inside a message that
 * carries their own id. Every other message is written whole, as Spring for GraphQL's
 * {@link GraphQlWebSocketMessage}, and both ways give the same characters. When the id
 * and the field's name need no escaping, as graphql-ws clients' ids and GraphQL names
 * usually do not, the message around the shared text is put together directly.
 */
final class Frames {

	private final JsonMapper json;

	private final SharedPayloads shared;

	private final String emptyAck;

	private final String ping;

	private final String pong;

	Frames(JsonMapper json, SharedPayloads shared) {
		this.json = json;
		this.shared = shared;
		this.emptyAck = json.writeValueAsString(GraphQlWebSocketMessage.connectionAck(Map.of()));
		this.ping = json.writeValueAsString(GraphQlWebSocketMessage.ping(null));
		this.pong = json.writeValueAsString(GraphQlWebSocketMessage.pong(null));
	}

	/**
	 * A {@code connection_ack} with this payload; the usual one, with an empty payload,
	 * is written once.
	 */
	String connectionAck(Object payload) {
		if (payload instanceof Map<?, ?> map && map.isEmpty()) {
			return this.emptyAck;
		}
		return this.json.writeValueAsString(GraphQlWebSocketMessage.connectionAck(payload));
	}

	/** A {@code ping} without payload, written once. */
	String ping() {
		return this.ping;
	}

	/** A {@code pong} without payload, written once. */
	String pong() {
		return this.pong;
	}

	Frame next(String id, Map<String, Object> result) {
		Map.Entry<String, Object> field = onlyDataField(result);
		if (field == null) {
			return new Frame(id, "next", this.json.writeValueAsString(GraphQlWebSocketMessage.next(id, result)));
		}
		String value = this.shared.encode(field.getValue(), this.json::writeValueAsString);
		return new Frame(id, "next", nextAround(id, field.getKey(), value));
	}

	Frame error(String id, List<GraphQLError> errors) {
		return new Frame(id, "error", this.json.writeValueAsString(GraphQlWebSocketMessage.error(id, errors)));
	}

	Frame complete(String id) {
		return new Frame(id, "complete", this.json.writeValueAsString(GraphQlWebSocketMessage.complete(id)));
	}

	private String nextAround(String id, String field, String value) {
		if (isPlain(id) && isPlain(field)) {
			return plainNextAround(id, field, value);
		}
		StringWriter text = new StringWriter(value.length() + id.length() + field.length() + 64);
		try (JsonGenerator generator = this.json.createGenerator(text)) {
			generator.writeStartObject();
			generator.writeStringProperty("id", id);
			generator.writeName("payload");
			generator.writeStartObject();
			generator.writeName("data");
			generator.writeStartObject();
			generator.writeName(field);
			generator.writeRawValue(value);
			generator.writeEndObject();
			generator.writeEndObject();
			generator.writeStringProperty("type", "next");
			generator.writeEndObject();
		}
		return text.toString();
	}

	/**
	 * The message with an id and field name that JSON writes as they are, put together
	 * without a generator: the same characters, for a fraction of the work per
	 * subscriber.
	 */
	private static String plainNextAround(String id, String field, String value) {
		return new StringBuilder(value.length() + id.length() + field.length() + 48).append("{\"id\":\"")
			.append(id)
			.append("\",\"payload\":{\"data\":{\"")
			.append(field)
			.append("\":")
			.append(value)
			.append("}},\"type\":\"next\"}")
			.toString();
	}

	/**
	 * Whether JSON writes the text between its quotes unchanged (no character escaped).
	 */
	private static boolean isPlain(String text) {
		for (int index = 0; index < text.length(); index++) {
			char character = text.charAt(index);
			boolean plain = (character >= 'a' && character <= 'z') || (character >= 'A' && character <= 'Z')
					|| (character >= '0' && character <= '9') || character == '_' || character == '-'
					|| character == '.' || character == ':';
			if (!plain) {
				return false;
			}
		}
		return true;
	}

	@SuppressWarnings("unchecked")
	private static Map.@org.jspecify.annotations.Nullable Entry<String, Object> onlyDataField(
			Map<String, Object> result) {
		if (result.size() != 1 || !(result.get("data") instanceof Map<?, ?> data) || data.size() != 1) {
			return null;
		}
		Map.Entry<String, Object> field = ((Map<String, Object>) data).entrySet().iterator().next();
		return (field.getValue() != null) ? field : null;
	}

}
