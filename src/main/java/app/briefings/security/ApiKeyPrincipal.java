package app.briefings.security;

import java.util.Set;

/** The caller an API key stands for: its key id, its partner and its roles. */
public record ApiKeyPrincipal(String keyId, String partner, Set<Role> roles) {

	public ApiKeyPrincipal {
		roles = Set.copyOf(roles);
	}

}
