package app.briefings.graphql.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import app.briefings.graphql.error.ApiException;
import app.briefings.graphql.error.ErrorCode;

/**
 * An opaque keyset cursor: the sort key values of an item, joined and base64url-encoded.
 * Paging continues strictly after those values, so items inserted meanwhile are neither
 * skipped nor repeated.
 */
public final class Cursor {

	private static final String SEPARATOR = "\u001f";

	private static final int MAX_LENGTH = 1024;

	private Cursor() {
	}

	public static String encode(String... keys) {
		byte[] raw = String.join(SEPARATOR, keys).getBytes(StandardCharsets.UTF_8);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
	}

	/** Decodes a cursor that must hold exactly {@code keyCount} keys. */
	public static List<String> decode(String cursor, int keyCount) {
		if (cursor.isEmpty() || cursor.length() > MAX_LENGTH) {
			throw invalid(cursor);
		}
		List<String> keys = List.of(decodeBase64(cursor).split(SEPARATOR, -1));
		if (keys.size() != keyCount) {
			throw invalid(cursor);
		}
		return keys;
	}

	private static String decodeBase64(String cursor) {
		try {
			return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw invalid(cursor);
		}
	}

	public static ApiException invalid(String cursor) {
		String shown = (cursor.length() <= 80) ? cursor : cursor.substring(0, 80) + "…";
		return new ApiException(ErrorCode.INVALID_CURSOR, "'" + shown + "' is not a valid cursor");
	}

}
