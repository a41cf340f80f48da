package app.briefings.websocket;

import java.io.IOException;

import app.briefings.IntegrationTest;
import app.briefings.websocket.GraphQlWsProbe.Frame;
import jakarta.servlet.ServletContext;
import jakarta.websocket.server.ServerContainer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The container's per-socket message buffers are as small as configured, and a graphql-ws
 * message longer than them is still read whole, up to the configured limit.
 */
@IntegrationTest
class WebSocketBuffersIntegrationTests {

	private static final String QUERY = "{ briefings(first: 1) { totalCount } }";

	@LocalServerPort
	int port;

	@Autowired
	ServletContext servletContext;

	@Autowired
	WebSocketBuffers buffers;

	@Test
	void shouldSizeTheContainersMessageBuffersAsConfigured() {
		ServerContainer container = (ServerContainer) this.servletContext.getAttribute(ServerContainer.class.getName());

		assertThat(container.getDefaultMaxTextMessageBufferSize()).isEqualTo(this.buffers.textBuffer().toBytes())
			.isLessThanOrEqualTo(1024);
		assertThat(container.getDefaultMaxBinaryMessageBufferSize()).isEqualTo(this.buffers.binaryBuffer().toBytes())
			.isLessThanOrEqualTo(1024);
	}

	@Test
	void shouldAnswerASubscribeMessageManyTimesLongerThanTheTextBuffer() throws IOException {
		String document = QUERY + "\n# " + "x".repeat(20 * (int) this.buffers.textBuffer().toBytes());
		try (GraphQlWsProbe probe = GraphQlWsProbe.open("127.0.0.1", this.port, IntegrationTest.API_KEY)) {
			probe.initialize();

			probe.subscribe("long", document);

			Frame answer = probe.next();
			assertThat(answer.type()).isEqualTo("next");
			assertThat(answer.payload().path("data").path("briefings").path("totalCount").asInt()).isPositive();
			assertThat(probe.next().type()).isEqualTo("complete");
		}
	}

	@Test
	void shouldCloseASocketWhoseMessageExceedsTheLimitWithACodedTooBigStatus() throws IOException {
		int limit = (int) this.buffers.maxMessageSize().toBytes();
		String document = QUERY + "\n# " + "x".repeat(limit);
		try (GraphQlWsProbe probe = GraphQlWsProbe.open("127.0.0.1", this.port, IntegrationTest.API_KEY)) {
			probe.initialize();

			probe.subscribe("too-long", document);

			Frame close = probe.next();
			assertThat(close.type()).isEqualTo("close");
			assertThat(close.closeCode()).isEqualTo(1009);
			assertThat(close.closeReason()).startsWith("REQUEST_TOO_LARGE");
		}
	}

}
