package app.briefings.security;

import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The API keys this instance accepts: the bootstrap key from configuration and the keys
 * stored in {@code apiKeys}, all held only as SHA-256 hashes. A stored key is looked up
 * by the hash of the secret on every request and nothing is cached, so a revoked or
 * rotated secret stops working at once on every instance; the price is one indexed read
 * per request with a key.
 */
@Component
class ApiKeys {

	static final String BOOTSTRAP_KEY_ID = "bootstrap";

	private final byte @Nullable [] bootstrapKeyHash;

	private final MongoOperations mongo;

	private final LastUsedRecorder lastUsed;

	ApiKeys(SecurityProperties properties, MongoOperations mongo, LastUsedRecorder lastUsed) {
		String bootstrapKey = properties.bootstrapApiKey();
		this.bootstrapKeyHash = (bootstrapKey != null && !bootstrapKey.isBlank()) ? ApiKeySecret.sha256(bootstrapKey)
				: null;
		this.mongo = mongo;
		this.lastUsed = lastUsed;
	}

	Optional<ApiKeyPrincipal> authenticate(String secret) {
		if (isBootstrapKey(secret)) {
			return Optional.of(new ApiKeyPrincipal(BOOTSTRAP_KEY_ID, BOOTSTRAP_KEY_ID, EnumSet.allOf(Role.class)));
		}
		if (!secret.startsWith(ApiKeySecret.PREFIX)) {
			return Optional.empty();
		}
		Query byHash = new Query(Criteria.where(ApiKeyFields.SECRET_HASH)
			.is(ApiKeySecret.hashOf(secret))
			.and(ApiKeyFields.REVOKED_AT)
			.isNull());
		ApiKey key = this.mongo.findOne(byHash, ApiKey.class);
		if (key == null) {
			return Optional.empty();
		}
		this.lastUsed.used(key.id());
		return Optional.of(key.principal());
	}

	private boolean isBootstrapKey(String secret) {
		return this.bootstrapKeyHash != null
				&& MessageDigest.isEqual(this.bootstrapKeyHash, ApiKeySecret.sha256(secret));
	}

}
