package app.briefings.security;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may see what, in one place: readers, partners, editors and admins read; anonymous
 * callers read only when {@code briefings.security.anonymous-read} is on; a partner sees
 * only its own ingestion records; editors and admins curate the knowledge base and see
 * its candidates; admins see everything. Controllers use it from {@code @PreAuthorize} as
 * {@code @access} and node look-ups as a visibility filter.
 */
@Component("access")
public class AccessRules {

	private final boolean anonymousRead;

	public AccessRules(SecurityProperties properties) {
		this.anonymousRead = properties.anonymousRead();
	}

	/** The caller of the current request, or null when nothing authenticated it. */
	public static @Nullable Authentication caller() {
		return SecurityContextHolder.getContext().getAuthentication();
	}

	public boolean mayRead(@Nullable Authentication caller) {
		return this.anonymousRead || hasAnyRole(caller);
	}

	public boolean hasAnyRole(@Nullable Authentication caller) {
		return principalOf(caller) != null;
	}

	public boolean isAdmin(@Nullable Authentication caller) {
		return hasRole(caller, Role.ADMIN);
	}

	/** Whether the caller may curate the knowledge base: editors and admins. */
	public boolean mayEdit(@Nullable Authentication caller) {
		return hasRole(caller, Role.EDITOR) || hasRole(caller, Role.ADMIN);
	}

	/**
	 * Whether the caller may see the private data (ingestion records, raw text) of a
	 * partner.
	 */
	public boolean mayReadPartnerData(@Nullable Authentication caller, String partner) {
		if (isAdmin(caller)) {
			return true;
		}
		ApiKeyPrincipal principal = principalOf(caller);
		return principal != null && principal.roles().contains(Role.PARTNER) && principal.partner().equals(partner);
	}

	/**
	 * The partner whose private data a listing is limited to, or null when the caller is
	 * an admin and sees every partner's.
	 */
	public @Nullable String partnerScope(@Nullable Authentication caller) {
		if (isAdmin(caller)) {
			return null;
		}
		ApiKeyPrincipal principal = principalOf(caller);
		if (principal == null || !principal.roles().contains(Role.PARTNER)) {
			throw new AccessDeniedException("Not a partner");
		}
		return principal.partner();
	}

	private static boolean hasRole(@Nullable Authentication caller, Role role) {
		ApiKeyPrincipal principal = principalOf(caller);
		return principal != null && principal.roles().contains(role);
	}

	static @Nullable ApiKeyPrincipal principalOf(@Nullable Authentication caller) {
		if (caller == null || !caller.isAuthenticated()) {
			return null;
		}
		return (caller.getPrincipal() instanceof ApiKeyPrincipal principal) ? principal : null;
	}

}
