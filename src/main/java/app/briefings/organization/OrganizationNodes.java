package app.briefings.organization;

import app.briefings.graphql.NodeResolver;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Lets {@code node(id)} find organizations. */
@Configuration(proxyBeanMethods = false)
class OrganizationNodes {

	@Bean
	NodeResolver organizationNodeResolver(OrganizationRepository organizations) {
		return NodeResolver.of("Organization", organizations::findByIdIn, Organization::id);
	}

}
