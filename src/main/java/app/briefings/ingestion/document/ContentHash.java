package app.briefings.ingestion.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * The SHA-256 of a text, insensitive to line-ending style, Unicode normalization form and
 * outer white space.
 */
public final class ContentHash {

	private ContentHash() {
	}

	public static String of(String text) {
		String normalized = Normalizer.normalize(text, Normalizer.Form.NFC)
			.replace("\r\n", "\n")
			.replace('\r', '\n')
			.strip();
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
