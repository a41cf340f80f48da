package app.briefings.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 refusing malformed bytes, so a file in another encoding is reported
 * instead of being ingested as replacement characters; a leading byte order mark is
 * dropped.
 */
final class StrictUtf8 {

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private StrictUtf8() {
	}

	static String decode(byte[] bytes) throws CharacterCodingException {
		String text = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.decode(ByteBuffer.wrap(bytes))
			.toString();
		if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
			return text.substring(1);
		}
		return text;
	}

}
