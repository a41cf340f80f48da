package app.briefings.graphql.node;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * An opaque, stable global ID: the GraphQL type name and the stored id,
 * base64url-encoded. Clients must treat it as opaque; only this class reads it.
 */
public record GlobalId(String type, String id) {

	private static final char SEPARATOR = ':';

	private static final int MAX_LENGTH = 512;

	public static String encode(String type, String id) {
		byte[] raw = (type + SEPARATOR + id).getBytes(StandardCharsets.UTF_8);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
	}

	public static GlobalId decode(String globalId) {
		if (globalId.isEmpty() || globalId.length() > MAX_LENGTH) {
			throw new InvalidGlobalIdException(globalId);
		}
		String raw = decodeBase64(globalId);
		int separator = raw.indexOf(SEPARATOR);
		if (separator <= 0 || separator == raw.length() - 1) {
			throw new InvalidGlobalIdException(globalId);
		}
		return new GlobalId(raw.substring(0, separator), raw.substring(separator + 1));
	}

	/** Decodes an ID that must name the given type, and returns the stored id. */
	public static String decode(String globalId, String expectedType) {
		GlobalId decoded = decode(globalId);
		if (!decoded.type().equals(expectedType)) {
			throw new InvalidGlobalIdException(globalId, expectedType);
		}
		return decoded.id();
	}

	private static String decodeBase64(String globalId) {
		try {
			return new String(Base64.getUrlDecoder().decode(globalId), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidGlobalIdException(globalId);
		}
	}

	public String encode() {
		return encode(this.type, this.id);
	}

}
