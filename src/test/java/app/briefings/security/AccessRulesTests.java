package app.briefings.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The access rules, without a context: who reads, who sees a partner's data. */
class AccessRulesTests {

	private final AccessRules open = new AccessRules(
			new SecurityProperties(null, true, false, Duration.ofSeconds(5), Introspection.ALL));

	private final AccessRules closed = new AccessRules(
			new SecurityProperties(null, false, true, Duration.ofSeconds(5), Introspection.ALL));

	private final Authentication anonymous = new AnonymousAuthenticationToken("key", "anonymous",
			AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

	@Test
	void shouldLetAnonymousCallersReadOnlyWhenAnonymousReadingIsOn() {
		assertThat(this.open.mayRead(this.anonymous)).isTrue();
		assertThat(this.open.mayRead(null)).isTrue();
		assertThat(this.closed.mayRead(this.anonymous)).isFalse();
		assertThat(this.closed.mayRead(null)).isFalse();
	}

	@Test
	void shouldLetEveryRoleReadWhenAnonymousReadingIsOff() {
		for (Role role : Role.values()) {
			assertThat(this.closed.mayRead(key("p", role))).as(role.name()).isTrue();
		}
	}

	@Test
	void shouldShowAPartnerOnlyItsOwnData() {
		assertThat(this.open.mayReadPartnerData(key("alpha", Role.PARTNER), "alpha")).isTrue();
		assertThat(this.open.mayReadPartnerData(key("alpha", Role.PARTNER), "beta")).isFalse();
		assertThat(this.open.mayReadPartnerData(key("alpha", Role.READER), "alpha")).isFalse();
		assertThat(this.open.mayReadPartnerData(key("ops", Role.ADMIN), "beta")).isTrue();
		assertThat(this.open.mayReadPartnerData(this.anonymous, "alpha")).isFalse();
	}

	@Test
	void shouldScopeListingsToThePartnerUnlessAdmin() {
		assertThat(this.open.partnerScope(key("alpha", Role.PARTNER))).isEqualTo("alpha");
		assertThat(this.open.partnerScope(key("ops", Role.ADMIN, Role.PARTNER))).isNull();
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.open.partnerScope(key("alpha", Role.READER)));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.open.partnerScope(this.anonymous));
	}

	private static Authentication key(String partner, Role... roles) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		for (Role role : roles) {
			authorities.add(new SimpleGrantedAuthority(role.authority()));
		}
		return UsernamePasswordAuthenticationToken.authenticated(new ApiKeyPrincipal("id", partner, Set.of(roles)),
				null, authorities);
	}

}
