package app.briefings.organization;

import app.briefings.entity.EntityFields;
import app.briefings.entity.MergeFollowingLookup;
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
	NodeResolver organizationNodeResolver(OrganizationRepository organizations, MergeFollowingLookup lookup) {
		return NodeResolver.of("Organization", (ids) -> lookup.findByIds(EntityFields.ORGANIZATIONS, ids,
				organizations::findByIdIn, Organization::id));
	}

}
