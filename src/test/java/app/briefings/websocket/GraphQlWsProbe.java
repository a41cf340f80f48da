package app.briefings.websocket;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bare graphql-ws client over a plain socket, for tests that must choose the client's
 * own address (127.0.0.2 and 127.0.0.1 are both this machine) and see every status,
 * message and close code the server sends, with nothing hidden or retried.
 */
final class GraphQlWsProbe implements Closeable {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final Socket socket;

	private final DataInputStream in;

	private final OutputStream out;

	/** The handshake's HTTP status: 101 when the upgrade was accepted. */
	final int status;

	/** The body of a refused handshake, empty after an upgrade. */
	final String refusal;

	/** The handshake response's headers, names in lower case. */
	final Map<String, String> headers;

	private GraphQlWsProbe(Socket socket, int status, String refusal, Map<String, String> headers) throws IOException {
		this.socket = socket;
		this.headers = headers;
		this.in = new DataInputStream(socket.getInputStream());
		this.out = socket.getOutputStream();
		this.status = status;
		this.refusal = refusal;
	}

	/** Opens a connection from {@code from} and sends the upgrade request. */
	static GraphQlWsProbe open(String from, int port, @Nullable String apiKey) throws IOException {
		return open(from, port, apiKey, null);
	}

	/**
	 * Opens a connection from {@code from} and sends the upgrade request, with an
	 * {@code Origin} header as a browser page on that origin would send.
	 */
	static GraphQlWsProbe open(String from, int port, @Nullable String apiKey, @Nullable String origin)
			throws IOException {
		Socket socket = new Socket();
		socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
		socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
		socket.setSoTimeout(15_000);
		StringBuilder request = new StringBuilder().append("GET /graphql HTTP/1.1\r\n")
			.append("Host: 127.0.0.1:")
			.append(port)
			.append("\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n")
			.append("Sec-WebSocket-Protocol: graphql-transport-ws\r\nSec-WebSocket-Key: ")
			.append(Base64.getEncoder().encodeToString(randomBytes(16)))
			.append("\r\n");
		if (apiKey != null) {
			request.append("Authorization: Bearer ").append(apiKey).append("\r\n");
		}
		if (origin != null) {
			request.append("Origin: ").append(origin).append("\r\n");
		}
		socket.getOutputStream().write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
		DataInputStream in = new DataInputStream(socket.getInputStream());
		int status = Integer.parseInt(readLine(in).split(" ")[1]);
		Map<String, String> headers = readHeaders(in);
		String body = (status == 101) ? "" : readBody(in, headers);
		return new GraphQlWsProbe(socket, status, body, headers);
	}

	/** Sends {@code connection_init} and waits for {@code connection_ack}. */
	GraphQlWsProbe initialize() throws IOException {
		send(Map.of("type", "connection_init"));
		Frame ack = next();
		if (!"connection_ack".equals(ack.type())) {
			throw new IOException("Expected connection_ack, got " + ack);
		}
		return this;
	}

	void subscribe(String id, String document) throws IOException {
		send(Map.of("id", id, "type", "subscribe", "payload", Map.of("query", document)));
	}

	void send(Map<String, Object> message) throws IOException {
		byte[] payload = json.writeValueAsBytes(new LinkedHashMap<>(message));
		ByteArrayOutputStream frame = new ByteArrayOutputStream();
		frame.write(0x81);
		if (payload.length < 126) {
			frame.write(0x80 | payload.length);
		}
		else if (payload.length <= 0xFFFF) {
			frame.write(0x80 | 126);
			frame.write(payload.length >>> 8);
			frame.write(payload.length & 0xFF);
		}
		else {
			frame.write(0x80 | 127);
			for (int shift = 56; shift >= 0; shift -= 8) {
				frame.write((int) (((long) payload.length >>> shift) & 0xFF));
			}
		}
		byte[] mask = randomBytes(4);
		frame.write(mask);
		for (int i = 0; i < payload.length; i++) {
			frame.write(payload[i] ^ mask[i % 4]);
		}
		this.out.write(frame.toByteArray());
		this.out.flush();
	}

	/**
	 * The next message or close frame, skipping graphql-ws pings; a close frame is
	 * returned as type {@code close} with its code and reason.
	 */
	Frame next() throws IOException {
		while (true) {
			int first = this.in.readUnsignedByte();
			int opcode = first & 0x0F;
			byte[] payload = readPayload();
			if (opcode == 0x8) {
				int code = (payload.length >= 2) ? ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF) : 1005;
				String reason = (payload.length > 2)
						? new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8) : "";
				return new Frame("close", null, null, code, reason);
			}
			if (opcode != 0x1) {
				continue;
			}
			JsonNode message = json.readTree(payload);
			String type = message.path("type").asString();
			if ("ping".equals(type)) {
				continue;
			}
			String id = message.has("id") ? message.get("id").asString() : null;
			return new Frame(type, id, message.get("payload"), 0, "");
		}
	}

	/** The next frame, or null when none arrives within the timeout. */
	@Nullable Frame next(Duration timeout) throws IOException {
		int previous = this.socket.getSoTimeout();
		this.socket.setSoTimeout((int) timeout.toMillis());
		try {
			return next();
		}
		catch (SocketTimeoutException ex) {
			return null;
		}
		finally {
			this.socket.setSoTimeout(previous);
		}
	}

	/** Whether the server has closed the connection or sent a close frame. */
	boolean closedWithin(Duration timeout) throws IOException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			try {
				Frame frame = next(Duration.ofMillis(200));
				if (frame != null && frame.type().equals("close")) {
					return true;
				}
			}
			catch (EOFException | java.net.SocketException ex) {
				return true;
			}
		}
		return false;
	}

	private byte[] readPayload() throws IOException {
		int second = this.in.readUnsignedByte();
		long length = second & 0x7F;
		if (length == 126) {
			length = this.in.readUnsignedShort();
		}
		else if (length == 127) {
			length = this.in.readLong();
		}
		byte[] payload = new byte[(int) length];
		this.in.readFully(payload);
		return payload;
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

	private static byte[] randomBytes(int count) {
		byte[] bytes = new byte[count];
		ThreadLocalRandom.current().nextBytes(bytes);
		return bytes;
	}

	private static String readLine(DataInputStream in) throws IOException {
		StringBuilder line = new StringBuilder();
		int c;
		while ((c = in.read()) != -1 && c != '\n') {
			if (c != '\r') {
				line.append((char) c);
			}
		}
		return line.toString();
	}

	private static Map<String, String> readHeaders(DataInputStream in) throws IOException {
		Map<String, String> headers = new LinkedHashMap<>();
		String line;
		while (!(line = readLine(in)).isEmpty()) {
			int colon = line.indexOf(':');
			headers.put(line.substring(0, colon).trim().toLowerCase(), line.substring(colon + 1).trim());
		}
		return headers;
	}

	private static String readBody(DataInputStream in, Map<String, String> headers) throws IOException {
		String length = headers.get("content-length");
		if (length != null) {
			byte[] body = new byte[Integer.parseInt(length)];
			in.readFully(body);
			return new String(body, StandardCharsets.UTF_8);
		}
		if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			int size;
			while ((size = Integer.parseInt(readLine(in).trim(), 16)) > 0) {
				byte[] chunk = new byte[size];
				in.readFully(chunk);
				body.write(chunk);
				readLine(in);
			}
			return body.toString(StandardCharsets.UTF_8);
		}
		return "";
	}

	/**
	 * One message from the server: its type, id and payload, or for a close frame its
	 * code and reason.
	 */
	record Frame(String type, @Nullable String id, @Nullable JsonNode payload, int closeCode, String closeReason) {

		/** The {@code extensions.code} of the first error in the payload, if any. */
		@Nullable String errorCode() {
			if (this.payload == null) {
				return null;
			}
			JsonNode errors = this.payload.isArray() ? this.payload : this.payload.path("errors");
			JsonNode code = errors.path(0).path("extensions").path("code");
			return code.isMissingNode() ? null : code.asString();
		}

	}

}
