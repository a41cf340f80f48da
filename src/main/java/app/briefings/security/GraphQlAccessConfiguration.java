package app.briefings.security;

import java.time.Clock;
import java.util.List;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Installs the root field guard and, around it, the mutation auditor, so that refused
 * mutations are audited too.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlAccessConfiguration {

	@Bean
	GraphQlSourceBuilderCustomizer rootFieldAccess(AccessRules access, CallerAuthenticator authenticator,
			SecurityProperties properties, Clock clock) {
		RootFieldGuard guard = new RootFieldGuard(access, authenticator, properties.keyRecheckInterval());
		return (builder) -> builder.typeVisitors(List.of(guard, new MutationAuditor(clock)));
	}

}
