package app.briefings.websocket;

import app.briefings.IntegrationTest;
import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running connector gives each connection the read and write buffers
 * {@code briefings.websocket.connection-buffers} asks for, smaller than Tomcat's 8 KB.
 */
@IntegrationTest
class ConnectionBuffersIntegrationTests {

	@Autowired
	WebServerApplicationContext context;

	@Autowired
	ConnectionBuffers buffers;

	@Test
	void shouldSizeTheRunningConnectorsBuffersAsConfigured() {
		Connector connector = ((TomcatWebServer) this.context.getWebServer()).getTomcat().getConnector();

		assertThat(connector.getProperty("socket.appReadBufSize")).hasToString(bytes(this.buffers.read()))
			.hasToString("2048");
		assertThat(connector.getProperty("socket.appWriteBufSize")).hasToString(bytes(this.buffers.write()))
			.hasToString("4096");
	}

	private static String bytes(DataSize size) {
		return Long.toString(size.toBytes());
	}

}
