package app.briefings.official;

import app.briefings.entity.EntityFields;
import app.briefings.entity.MergeFollowingLookup;
import app.briefings.graphql.node.NodeResolver;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lets {@code node(id)}, also with the ID of an entity merged into another, find
 * officials.
 */
@Configuration(proxyBeanMethods = false)
class OfficialNodes {

	@Bean
	NodeResolver officialNodeResolver(OfficialRepository officials, MergeFollowingLookup lookup) {
		return NodeResolver.of("Official",
				(ids) -> lookup.findByIds(EntityFields.OFFICIALS, ids, officials::findByIdIn, Official::id));
	}

}
