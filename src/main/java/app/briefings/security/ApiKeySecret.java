package app.briefings.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A newly drawn API key secret: {@value #PREFIX} and 32 random bytes from
 * {@link SecureRandom}, base64url-encoded. The prefix lets secret scanners and people
 * recognize a leaked key.
 */
record ApiKeySecret(String value) {

	static final String PREFIX = "bk_";

	private static final int RANDOM_BYTES = 32;

	private static final SecureRandom RANDOM = new SecureRandom();

	static ApiKeySecret generate() {
		byte[] random = new byte[RANDOM_BYTES];
		RANDOM.nextBytes(random);
		return new ApiKeySecret(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random));
	}

	String hash() {
		return hashOf(this.value);
	}

	/** The hex SHA-256 of a secret, as stored and looked up. */
	static String hashOf(String secret) {
		return HexFormat.of().formatHex(sha256(secret));
	}

	static byte[] sha256(String secret) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
