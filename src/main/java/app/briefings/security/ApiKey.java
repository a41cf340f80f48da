package app.briefings.security;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A stored API key. The secret itself is never stored, only its SHA-256 hash, so a copy
 * of the database grants no access.
 *
 * @param secretHash hex SHA-256 of the secret, unique
 * @param lastUsedAt when a request last used the key, written at most once a minute
 * @param revokedAt when the key was revoked; a revoked key authenticates nothing
 */
@Document(ApiKeyFields.COLLECTION)
record ApiKey(@Id String id, String partner, List<Role> roles, String secretHash, Instant createdAt,
		@Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

	ApiKey {
		roles = List.copyOf(roles);
	}

	ApiKeyPrincipal principal() {
		return new ApiKeyPrincipal(this.id, this.partner, Set.copyOf(this.roles));
	}

}
