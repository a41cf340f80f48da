package app.briefings.event;

import app.briefings.graphql.NodeResolver;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Lets {@code node(id)} find events. */
@Configuration(proxyBeanMethods = false)
class EventNodes {

	@Bean
	NodeResolver eventNodeResolver(EventRepository events) {
		return NodeResolver.of("Event", events::findByIdIn, Event::id);
	}

}
