package app.briefings.organization;

import app.briefings.entity.EntityRedirects;
import app.briefings.graphql.node.NodeResolver;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lets {@code node(id)}, also with the ID of an entity merged into another, find
 * organizations.
 */
@Configuration(proxyBeanMethods = false)
class OrganizationNodes {

	@Bean
	NodeResolver organizationNodeResolver(OrganizationRepository organizations, EntityRedirects redirects) {
		return redirects.nodeResolver("Organization", "organizations", organizations::findByIdIn, Organization::id);
	}

}
