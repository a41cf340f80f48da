package app.briefings.official;

import app.briefings.entity.EntityRedirects;
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
	NodeResolver officialNodeResolver(OfficialRepository officials, EntityRedirects redirects) {
		return redirects.nodeResolver("Official", "officials", officials::findByIdIn, Official::id);
	}

}
