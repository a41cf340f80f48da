package app.briefings.graphql.persisted;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash an Apollo client sends for a persisted query: hex SHA-256 of the query text,
 * for tests that register and look up queries by it.
 */
public final class PersistedQueryHash {

	private PersistedQueryHash() {
	}

	/** The hex SHA-256 of {@code query}'s UTF-8 bytes. */
	public static String of(String query) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(query.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every Java platform", ex);
		}
	}

}
