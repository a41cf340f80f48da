package app.briefings.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The API keys this instance accepts. Keys are held only as SHA-256 hashes and compared
 * in constant time. For now the only key is the bootstrap key from configuration.
 */
@Component
class ApiKeys {

	static final String BOOTSTRAP_KEY_ID = "bootstrap";

	private final byte @Nullable [] bootstrapKeyHash;

	ApiKeys(SecurityProperties properties) {
		String bootstrapKey = properties.bootstrapApiKey();
		this.bootstrapKeyHash = (bootstrapKey != null && !bootstrapKey.isBlank()) ? sha256(bootstrapKey) : null;
	}

	Optional<ApiKeyPrincipal> authenticate(String secret) {
		if (this.bootstrapKeyHash == null || !MessageDigest.isEqual(this.bootstrapKeyHash, sha256(secret))) {
			return Optional.empty();
		}
		return Optional.of(new ApiKeyPrincipal(BOOTSTRAP_KEY_ID, BOOTSTRAP_KEY_ID, EnumSet.allOf(Role.class)));
	}

	private static byte[] sha256(String secret) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
