package app.briefings.security;

import app.briefings.graphql.node.NodeResolver;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Lets {@code node(id)} find API keys, for admins only; others get null. */
@Configuration(proxyBeanMethods = false)
class ApiKeyNodes {

	@Bean
	NodeResolver apiKeyNodeResolver(ApiKeyAdministration administration, AccessRules access) {
		return NodeResolver.of(ApiKeyController.TYPE, administration::findByIds, ApiKey::id,
				(key) -> access.isAdmin(AccessRules.caller()));
	}

}
