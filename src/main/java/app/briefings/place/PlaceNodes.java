package app.briefings.place;

import app.briefings.graphql.NodeResolver;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Lets {@code node(id)} find places. */
@Configuration(proxyBeanMethods = false)
class PlaceNodes {

	@Bean
	NodeResolver placeNodeResolver(PlaceRepository places) {
		return NodeResolver.of("Place", places::findByIdIn, Place::id);
	}

}
