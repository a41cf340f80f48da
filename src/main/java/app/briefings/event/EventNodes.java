package app.briefings.event;

import app.briefings.entity.EntityRedirects;
import app.briefings.graphql.node.NodeResolver;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lets {@code node(id)}, also with the ID of an entity merged into another, find events.
 */
@Configuration(proxyBeanMethods = false)
class EventNodes {

	@Bean
	NodeResolver eventNodeResolver(EventRepository events, EntityRedirects redirects) {
		return redirects.nodeResolver("Event", "events", events::findByIdIn, Event::id);
	}

}
