package app.briefings.sync;

import java.util.Set;

import app.briefings.security.ApiKeyPrincipal;
import app.briefings.security.Role;
import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which callers count as having equal rights for sharing subscription results.
 */
class CallerRightsTests {

	@Test
	void shouldTreatReadersOfDifferentPartnersAlike() {
		assertThat(CallerRights.of(key("k1", "acme", Role.READER)))
			.isEqualTo(CallerRights.of(key("k2", "globex", Role.READER)));
	}

	@Test
	void shouldTellPartnersApart() {
		assertThat(CallerRights.of(key("k1", "acme", Role.PARTNER)))
			.isNotEqualTo(CallerRights.of(key("k2", "globex", Role.PARTNER)));
		assertThat(CallerRights.of(key("k1", "acme", Role.PARTNER)))
			.isEqualTo(CallerRights.of(key("k3", "acme", Role.PARTNER)));
	}

	@Test
	void shouldTellRolesApart() {
		assertThat(CallerRights.of(key("k1", "acme", Role.READER)))
			.isNotEqualTo(CallerRights.of(key("k1", "acme", Role.EDITOR)));
	}

	@Test
	void shouldTellAnonymousCallersFromKeys() {
		Authentication anonymous = new AnonymousAuthenticationToken("test", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
		assertThat(CallerRights.of(anonymous)).isEqualTo(CallerRights.ANONYMOUS)
			.isEqualTo(CallerRights.of((Authentication) null))
			.isNotEqualTo(CallerRights.of(key("k1", "acme", Role.READER)));
	}

	private static Authentication key(String keyId, String partner, Role role) {
		ApiKeyPrincipal principal = new ApiKeyPrincipal(keyId, partner, Set.of(role));
		return UsernamePasswordAuthenticationToken.authenticated(principal, null,
				AuthorityUtils.createAuthorityList(role.authority()));
	}

}
