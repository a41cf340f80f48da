package app.briefings.websocket;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.web.socket.server.support.WebSocketHandlerMapping;

/**
 * Puts Boot's graphql-ws handler mapping before every other handler mapping of the
 * dispatcher. It matches only WebSocket upgrade requests, so it takes nothing from the
 * others; but ordered after the actuator's endpoint mappings (as Boot orders it), every
 * upgrade was first matched against each actuator endpoint's request mappings, a
 * measurable share of a burst of resuming clients.
 */
final class UpgradeMappingFirst implements BeanPostProcessor {

	static final String GRAPHQL_WEBSOCKET_MAPPING = "graphQlWebSocketMapping";

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof WebSocketHandlerMapping mapping && GRAPHQL_WEBSOCKET_MAPPING.equals(beanName)) {
			mapping.setOrder(Ordered.HIGHEST_PRECEDENCE);
		}
		return bean;
	}

}
