package app.briefings.websocket;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code type} and {@code id} of a graphql-ws message, read without building the
 * payload.
 */
record MessageHead(@Nullable String type, @Nullable String id) {

	static MessageHead of(JsonMapper json, byte[] message) {
		String type = null;
		String id = null;
		try (JsonParser parser = json.createParser(message)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				return new MessageHead(null, null);
			}
			while (parser.nextToken() == JsonToken.PROPERTY_NAME && (type == null || id == null)) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				if (value == JsonToken.VALUE_STRING && "type".equals(name)) {
					type = parser.getString();
				}
				else if (value == JsonToken.VALUE_STRING && "id".equals(name)) {
					id = parser.getString();
				}
				else {
					parser.skipChildren();
				}
			}
		}
		catch (RuntimeException ex) {
			return new MessageHead(type, id);
		}
		return new MessageHead(type, id);
	}

	boolean is(String expected) {
		return expected.equals(this.type);
	}

}
