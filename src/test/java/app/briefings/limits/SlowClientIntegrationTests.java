package app.briefings.limits;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import app.briefings.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients that trickle their request bodies one byte at a time from one address, ten
 * times the per-address cap of them and more than the request threads, cannot starve a
 * client on another address: it is still served, while the tricklers over the cap are
 * refused at once and the rest are cut off at the body-read deadline.
 */
@IntegrationTest
class SlowClientIntegrationTests {

	private static final String QUERY = "{\"query\":\"{ operations(first: 1) { edges { node { name } } } }\"}";

	@LocalServerPort
	int port;

	@Autowired
	SlowClientProperties properties;

	@Test
	void shouldServeAnotherAddressWhileOneAddressTricklesBodies() throws Exception {
		int tricklers = Math.max(10 * this.properties.maxBodyReadsPerAddress(), 220);
		assertThat(post("127.0.0.2", QUERY)).startsWith("HTTP/1.1 200");
		List<Socket> sockets = new ArrayList<>();
		ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
		try {
			for (int i = 0; i < tricklers; i++) {
				sockets.add(startTrickling());
			}
			trickle.scheduleAtFixedRate(() -> sendOneByteEach(sockets), 1, 1, TimeUnit.SECONDS);
			for (int i = 0; i < 5; i++) {
				long started = System.nanoTime();
				String answer = post("127.0.0.2", QUERY);
				long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
				System.out.printf("Second address answered in %d ms while %d clients trickled%n", millis, tricklers);
				assertThat(answer).startsWith("HTTP/1.1 200").contains("\"operations\"");
				assertThat(millis).isLessThan(1000);
			}
			List<String> statuses = new ArrayList<>();
			for (Socket socket : sockets) {
				statuses.add(statusLine(socket));
			}
			int cap = this.properties.maxBodyReadsPerAddress();
			assertThat(statuses).filteredOn((status) -> status.startsWith("HTTP/1.1 429"))
				.hasSizeGreaterThanOrEqualTo(tricklers - cap);
			assertThat(statuses).filteredOn((status) -> status.startsWith("HTTP/1.1 408"))
				.hasSizeLessThanOrEqualTo(cap);
			assertThat(statuses)
				.allMatch((status) -> status.startsWith("HTTP/1.1 429") || status.startsWith("HTTP/1.1 408"));
		}
		finally {
			trickle.shutdownNow();
			for (Socket socket : sockets) {
				socket.close();
			}
		}
	}

	private Socket startTrickling() throws IOException {
		Socket socket = new Socket();
		socket.connect(new InetSocketAddress("127.0.0.1", this.port));
		socket.setSoTimeout((int) this.properties.bodyReadTimeout().plusSeconds(20).toMillis());
		String head = "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
				+ "Content-Length: " + QUERY.length() + "\r\n\r\n{";
		socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
		socket.getOutputStream().flush();
		return socket;
	}

	private static void sendOneByteEach(List<Socket> sockets) {
		for (Socket socket : sockets) {
			try {
				socket.getOutputStream().write(' ');
				socket.getOutputStream().flush();
			}
			catch (IOException ex) {
				// refused or cut off already: nothing more to send
			}
		}
	}

	private String post(String fromAddress, String body) throws IOException {
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(fromAddress, 0));
			socket.connect(new InetSocketAddress("127.0.0.1", this.port));
			socket.setSoTimeout(30_000);
			String request = "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
					+ "Connection: close\r\nContent-Length: " + body.length() + "\r\n\r\n" + body;
			OutputStream output = socket.getOutputStream();
			output.write(request.getBytes(StandardCharsets.US_ASCII));
			output.flush();
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static String statusLine(Socket socket) throws IOException {
		InputStream input = socket.getInputStream();
		StringBuilder line = new StringBuilder();
		int next;
		while ((next = input.read()) != -1 && next != '\r') {
			line.append((char) next);
		}
		return line.toString();
	}

}
