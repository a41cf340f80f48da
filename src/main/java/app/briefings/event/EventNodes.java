package app.briefings.event;

import app.briefings.entity.EntityFields;
import app.briefings.entity.MergeFollowingLookup;
import app.briefings.graphql.node.NodeResolver;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lets {@code node(id)}, also with the ID of an entity merged into another, find events.
 */
@Configuration(proxyBeanMethods = false)
class EventNodes {

	@Bean
	NodeResolver eventNodeResolver(EventRepository events, MergeFollowingLookup lookup) {
		return NodeResolver.of("Event",
				(ids) -> lookup.findByIds(EntityFields.EVENTS, ids, events::findByIdIn, Event::id));
	}

}
