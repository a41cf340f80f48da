package app.briefings.websocket;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import app.briefings.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sockets cost no thread of their own: 40 graphql-ws sockets, each acknowledged and
 * running a subscription, leave the process's thread count about where it was (Spring for
 * GraphQL's own handler started a thread per socket, and held the container's thread
 * until that thread had sent {@code connection_ack}).
 */
@IntegrationTest
class GraphQlWsThreadsIntegrationTests {

	private static final int SOCKETS = 40;

	@LocalServerPort
	int port;

	@Test
	void shouldServeManySubscribedSocketsWithoutAThreadPerSocket() throws IOException {
		warmUp();
		int before = ManagementFactory.getThreadMXBean().getThreadCount();
		List<GraphQlWsProbe> sockets = new ArrayList<>();
		try {
			for (int i = 0; i < SOCKETS; i++) {
				GraphQlWsProbe socket = GraphQlWsProbe.open("127.0.0.3", this.port, null).initialize();
				socket.subscribe("live", "subscription { briefingPublished { id } }");
				sockets.add(socket);
			}
			int after = ManagementFactory.getThreadMXBean().getThreadCount();
			assertThat(after - before).as("threads started for %d subscribed sockets", SOCKETS).isLessThan(SOCKETS / 4);
			assertThat(Thread.getAllStackTraces().keySet())
				.noneMatch((thread) -> thread.getName().startsWith("GraphQL-WsSession-"));
		}
		finally {
			for (GraphQlWsProbe socket : sockets) {
				socket.close();
			}
		}
	}

	/**
	 * One socket first, so that pools the first subscription starts are counted before.
	 */
	private void warmUp() throws IOException {
		try (GraphQlWsProbe socket = GraphQlWsProbe.open("127.0.0.3", this.port, null).initialize()) {
			socket.subscribe("warm-up", "subscription { briefingPublished { id } }");
		}
	}

}
