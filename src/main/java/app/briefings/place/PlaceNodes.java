package app.briefings.place;

import app.briefings.entity.EntityFields;
import app.briefings.entity.MergeFollowingLookup;
import app.briefings.graphql.node.NodeResolver;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lets {@code node(id)}, also with the ID of an entity merged into another, find places.
 */
@Configuration(proxyBeanMethods = false)
class PlaceNodes {

	@Bean
	NodeResolver placeNodeResolver(PlaceRepository places, MergeFollowingLookup lookup) {
		return NodeResolver.of("Place",
				(ids) -> lookup.findByIds(EntityFields.PLACES, ids, places::findByIdIn, Place::id));
	}

}
