package app.briefings.official;

import app.briefings.graphql.NodeResolver;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Lets {@code node(id)} find officials. */
@Configuration(proxyBeanMethods = false)
class OfficialNodes {

	@Bean
	NodeResolver officialNodeResolver(OfficialRepository officials) {
		return NodeResolver.of("Official", officials::findByIdIn, Official::id);
	}

}
