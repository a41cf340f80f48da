package app.briefings.graphql;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Logs once, when the web server is up, where GraphiQL and the GraphQL endpoint answer,
 * with the port the server really took (also when it was started on port 0).
 */
@Component
class EndpointAddressLogger implements ApplicationListener<WebServerInitializedEvent> {

	private static final Logger logger = LoggerFactory.getLogger(EndpointAddressLogger.class);

	private final GraphQlProperties properties;

	EndpointAddressLogger(GraphQlProperties properties) {
		this.properties = properties;
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		if (event.getApplicationContext().getServerNamespace() != null) {
			return;
		}
		String origin = "http://localhost:" + event.getWebServer().getPort();
		String endpoint = origin + this.properties.getHttp().getPath();
		if (!this.properties.getGraphiql().isEnabled()) {
			logger.info("GraphQL endpoint at {}", endpoint);
			return;
		}
		logger.info("GraphiQL at {}{}, GraphQL endpoint at {}", origin, this.properties.getGraphiql().getPath(),
				endpoint);
	}

}
