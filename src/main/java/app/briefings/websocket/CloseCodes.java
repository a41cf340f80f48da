package app.briefings.websocket;

import org.springframework.web.socket.CloseStatus;

/**
 * The close codes the guards end a graphql-ws socket with; the reason starts with the
 * error code of the API's closed set.
 */
final class CloseCodes {

	/** The key of the socket no longer authenticates (revoked or rotated). */
	static final CloseStatus INVALID_API_KEY = new CloseStatus(4401,
			"INVALID_API_KEY: the API key was revoked or rotated");

	/** No operation ran on the socket for the idle timeout. */
	static final CloseStatus IDLE = new CloseStatus(4408, "IDLE: no operation running; connect again when needed");

	/**
	 * More waited to be written to the socket than its outbox holds: the client does not
	 * read.
	 */
	static final CloseStatus SLOW_CONSUMER = new CloseStatus(4413,
			"SLOW_CONSUMER: the client did not read its messages; connect again and resume");

	/** The {@code graphql-ws} protocol's own close codes. */
	static final CloseStatus INVALID_MESSAGE = new CloseStatus(4400, "Invalid message");

	static final CloseStatus UNAUTHORIZED = new CloseStatus(4401, "Unauthorized");

	static final CloseStatus INIT_TIMEOUT = new CloseStatus(4408, "Connection initialisation timeout");

	static final CloseStatus TOO_MANY_INITIALISATION_REQUESTS = new CloseStatus(4429,
			"Too many initialisation requests");

	/** The socket would exceed a connection cap. */
	static final CloseStatus TOO_MANY_CONNECTIONS = new CloseStatus(4429, "TOO_MANY_CONNECTIONS");

	/** A message longer than the socket accepts. */
	static CloseStatus messageTooBig(int maxChars) {
		return new CloseStatus(CloseStatus.TOO_BIG_TO_PROCESS.getCode(),
				"REQUEST_TOO_LARGE: a message holds at most " + maxChars + " characters");
	}

	private CloseCodes() {
	}

}
