package app.briefings.briefing;

import app.briefings.graphql.NodeResolver;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lets {@code node(id)} find briefings, retracted ones too, so that a client holding an
 * ID sees the briefing's status.
 */
@Configuration(proxyBeanMethods = false)
class BriefingNodes {

	@Bean
	NodeResolver briefingNodeResolver(BriefingRepository briefings) {
		return NodeResolver.of("Briefing", briefings::findByIdIn, Briefing::id);
	}

}
