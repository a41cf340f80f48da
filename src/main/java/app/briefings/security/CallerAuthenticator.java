package app.briefings.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The one place that decides who a call comes from, whatever the transport: the HTTP
 * filter asks it once per request (SSE included), the graphql-ws handler on every
 * {@code subscribe} message and again every few seconds for each open socket, and the
 * root field guard every few seconds for each running subscription. It reads the key
 * afresh each time, so a revoked or rotated key stops working on a connection that was
 * opened before.
 */
@Component
public class CallerAuthenticator {

	private static final String BEARER = "Bearer ";

	private final ApiKeys apiKeys;

	CallerAuthenticator(ApiKeys apiKeys) {
		this.apiKeys = apiKeys;
	}

	/** Checks the value of an {@code Authorization} header, or its absence. */
	public KeyCheck check(@Nullable String authorization) {
		if (authorization == null) {
			return new KeyCheck.NoKey();
		}
		Optional<ApiKeyPrincipal> principal = authorization.startsWith(BEARER)
				? this.apiKeys.authenticate(authorization.substring(BEARER.length()).trim()) : Optional.empty();
		return principal.<KeyCheck>map((found) -> new KeyCheck.Accepted(authentication(found, authorization)))
			.orElseGet(KeyCheck.Refused::new);
	}

	/**
	 * Whether the key a caller was authenticated with still authenticates; true for a
	 * caller without a key.
	 */
	public boolean stillAccepted(@Nullable Authentication caller) {
		if (caller == null || !(caller.getCredentials() instanceof String authorization)) {
			return true;
		}
		return check(authorization) instanceof KeyCheck.Accepted;
	}

	/**
	 * The caller of a key, holding the header it came with so that the key can be checked
	 * again while a subscription runs.
	 */
	private static UsernamePasswordAuthenticationToken authentication(ApiKeyPrincipal principal, String authorization) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		for (Role role : principal.roles()) {
			authorities.add(new SimpleGrantedAuthority(role.authority()));
		}
		return UsernamePasswordAuthenticationToken.authenticated(principal, authorization, authorities);
	}

}
