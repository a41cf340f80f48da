package app.briefings.limits;

import java.net.InetSocketAddress;

import app.briefings.security.ApiKeyPrincipal;
import org.jspecify.annotations.Nullable;

/**
 * Who sends a GraphQL request, as limits and budgets see it: an API key by its id, or an
 * anonymous client by its address.
 *
 * @param id {@code key:<key id>} or {@code address:<remote address>}
 * @param anonymous whether the request came without an API key
 */
public record Caller(String id, boolean anonymous) {

	/** The caller with this key, or the anonymous caller at this address. */
	public static Caller of(@Nullable ApiKeyPrincipal principal, @Nullable InetSocketAddress address) {
		if (principal != null) {
			return new Caller("key:" + principal.keyId(), false);
		}
		String host = (address != null && address.getAddress() != null) ? address.getAddress().getHostAddress()
				: "unknown";
		return new Caller("address:" + host, true);
	}

}
