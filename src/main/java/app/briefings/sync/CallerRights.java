package app.briefings.sync;

import java.util.Set;

import app.briefings.graphql.subscription.SubscriberRights;
import app.briefings.security.AccessRules;
import app.briefings.security.ApiKeyPrincipal;
import app.briefings.security.Role;
import graphql.GraphQLContext;
import io.micrometer.context.ContextSnapshot;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.execution.ContextPropagationHelper;
import org.springframework.security.core.Authentication;

/**
 * What changes what a caller may see, and nothing else: whether a key authenticated it,
 * its roles, and its partner when it reads as that partner. Two keys with equal rights
 * see the same result of a selection set, so their subscribers may share it
 * ({@link SubscriberRights}).
 *
 * @param authenticated whether an API key authenticated the caller
 * @param roles the key's roles
 * @param partner the key's partner when it has the partner role (it then sees its own
 * retracted briefings and ingestion records), else null
 */
record CallerRights(boolean authenticated, Set<Role> roles, @Nullable String partner) {

	static final CallerRights ANONYMOUS = new CallerRights(false, Set.of(), null);

	CallerRights {
		roles = Set.copyOf(roles);
	}

	static CallerRights of(@Nullable Authentication caller) {
		if (caller == null || !caller.isAuthenticated()
				|| !(caller.getPrincipal() instanceof ApiKeyPrincipal principal)) {
			return ANONYMOUS;
		}
		String partner = principal.roles().contains(Role.PARTNER) ? principal.partner() : null;
		return new CallerRights(true, principal.roles(), partner);
	}

	/**
	 * The rights of the caller whose request this context belongs to, read from the
	 * thread-locals Spring for GraphQL saved in it (the same ones it restores around data
	 * fetchers).
	 */
	static CallerRights of(GraphQLContext context) {
		ContextSnapshot snapshot = ContextPropagationHelper.captureFrom(context);
		try (ContextSnapshot.Scope scope = snapshot.setThreadLocals()) {
			return of(AccessRules.caller());
		}
	}

}
