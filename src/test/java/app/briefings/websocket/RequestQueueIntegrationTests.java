package app.briefings.websocket;

import app.briefings.IntegrationTest;
import org.apache.coyote.AbstractProtocol;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running connector's request queue has room for a burst on every socket the
 * graphql-ws cap admits: when the queue is full Tomcat closes a connection with no status
 * at all, so a burst of resuming subscribers within the cap must never fill it.
 */
@IntegrationTest
class RequestQueueIntegrationTests {

	/** Tasks one socket can have queued at once: a read and a write's completion. */
	private static final int TASKS_PER_SOCKET = 2;

	@Autowired
	WebServerApplicationContext context;

	@Autowired
	WebSocketLimits limits;

	@Test
	void shouldQueueABurstOnEverySocketTheCapAdmits() {
		AbstractProtocol<?> protocol = (AbstractProtocol<?>) ((TomcatWebServer) this.context.getWebServer()).getTomcat()
			.getConnector()
			.getProtocolHandler();

		assertThat(protocol.getMaxQueueSize()).isBetween(TASKS_PER_SOCKET * this.limits.maxConnections(), 100_000);
	}

	@Test
	void shouldLetABurstOfConnectionsWaitInTheListenQueue() {
		AbstractProtocol<?> protocol = (AbstractProtocol<?>) ((TomcatWebServer) this.context.getWebServer()).getTomcat()
			.getConnector()
			.getProtocolHandler();

		assertThat(protocol.getAcceptCount()).isGreaterThanOrEqualTo(1024);
	}

}
