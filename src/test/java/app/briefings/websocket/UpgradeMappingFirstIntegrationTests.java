package app.briefings.websocket;

import java.util.List;

import app.briefings.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.socket.server.support.WebSocketHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/** The dispatcher asks the graphql-ws upgrade mapping before any other. */
@IntegrationTest
class UpgradeMappingFirstIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	DispatcherServlet dispatcher;

	@Test
	void shouldAskTheUpgradeMappingFirstAndStillUpgrade() throws Exception {
		try (GraphQlWsProbe probe = GraphQlWsProbe.open("127.0.0.1", this.port, IntegrationTest.API_KEY)) {
			assertThat(probe.status).isEqualTo(101);
			probe.initialize();
		}

		List<HandlerMapping> mappings = this.dispatcher.getHandlerMappings();
		assertThat(mappings).isNotNull();
		assertThat(mappings.get(0)).isInstanceOf(WebSocketHandlerMapping.class);
	}

}
