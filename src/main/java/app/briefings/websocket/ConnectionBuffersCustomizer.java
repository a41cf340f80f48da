package app.briefings.websocket;

import org.apache.catalina.connector.Connector;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;

/**
 * Sizes the per-connection buffers of the application's Tomcat connectors as
 * {@link ConnectionBuffers} says.
 */
final class ConnectionBuffersCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	private final ConnectionBuffers buffers;

	ConnectionBuffersCustomizer(ConnectionBuffers buffers) {
		this.buffers = buffers;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addConnectorCustomizers(this::size);
	}

	private void size(Connector connector) {
		set(connector, "socket.appReadBufSize", this.buffers.read().toBytes());
		set(connector, "socket.appWriteBufSize", this.buffers.write().toBytes());
	}

	private static void set(Connector connector, String name, long bytes) {
		if (!connector.setProperty(name, Long.toString(bytes))) {
			throw new IllegalStateException("Tomcat's connector has no property " + name);
		}
	}

}
