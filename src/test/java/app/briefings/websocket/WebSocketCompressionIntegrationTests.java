package app.briefings.websocket;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import app.briefings.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A graphql-ws upgrade that offers {@code permessage-deflate}, as every browser does, is
 * accepted without it, so that no socket holds a zlib deflater and inflater.
 */
@IntegrationTest
class WebSocketCompressionIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	WebSocketBuffers buffers;

	@Test
	void shouldAcceptAnUpgradeOfferingDeflateWithoutNegotiatingIt() throws IOException {
		assertThat(this.buffers.compression()).isFalse();

		List<String> answer = upgradeOffering("permessage-deflate; client_max_window_bits");

		assertThat(answer.get(0)).startsWith("HTTP/1.1 101");
		assertThat(answer).contains("sec-websocket-protocol: graphql-transport-ws")
			.noneMatch((header) -> header.startsWith("sec-websocket-extensions"));
	}

	/**
	 * The status line and the lower-cased headers of the answer to an upgrade request.
	 */
	private List<String> upgradeOffering(String extensions) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(15_000);
			String request = "GET /graphql HTTP/1.1\r\nHost: 127.0.0.1:" + this.port
					+ "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
					+ "Sec-WebSocket-Protocol: graphql-transport-ws\r\nSec-WebSocket-Key: "
					+ Base64.getEncoder().encodeToString(new byte[16]) + "\r\nSec-WebSocket-Extensions: " + extensions
					+ "\r\n\r\n";
			socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
			BufferedReader in = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
			List<String> lines = new ArrayList<>();
			lines.add(in.readLine());
			for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
				lines.add(line.toLowerCase());
			}
			return lines;
		}
	}

}
