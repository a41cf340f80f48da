package app.briefings.websocket;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import app.briefings.graphql.error.ErrorCode;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;

/**
 * One open graphql-ws socket as the guards see it: its client address, the
 * {@code Authorization} header of its upgrade request, the operations running on it and
 * since when none has. Every message the server sends passes through it, one at a time,
 * so that it can tell when an operation ended, so that guards may send from their own
 * thread, and so that nothing more is sent for an operation a guard has ended.
 */
final class Connection extends ConcurrentWebSocketSessionDecorator {

	private static final int SEND_TIME_LIMIT_MILLIS = 10_000;

	private static final int BUFFER_SIZE_LIMIT = 512 * 1024;

	private final JsonMapper json;

	private final String address;

	private final @Nullable String authorization;

	private final Set<String> running = ConcurrentHashMap.newKeySet();

	private final Set<String> endedHere = ConcurrentHashMap.newKeySet();

	private volatile long idleSince = System.nanoTime();

	Connection(WebSocketSession session, JsonMapper json, String address, @Nullable String authorization) {
		super(session, SEND_TIME_LIMIT_MILLIS, BUFFER_SIZE_LIMIT);
		this.json = json;
		this.address = address;
		this.authorization = authorization;
	}

	String address() {
		return this.address;
	}

	@Nullable String authorization() {
		return this.authorization;
	}

	int running() {
		return this.running.size();
	}

	void started(String id) {
		this.running.add(id);
	}

	void ended(String id) {
		if (this.running.remove(id) && this.running.isEmpty()) {
			this.idleSince = System.nanoTime();
		}
	}

	/** Whether no operation has run on this socket for at least the given time. */
	boolean idleFor(long nanos) {
		return this.running.isEmpty() && System.nanoTime() - this.idleSince >= nanos;
	}

	@Override
	public void sendMessage(WebSocketMessage<?> message) throws IOException {
		if (message instanceof TextMessage text) {
			MessageHead head = MessageHead.of(this.json, text.asBytes());
			if (head.id() != null && this.endedHere.contains(head.id())) {
				return;
			}
			if (head.id() != null && (head.is("complete") || head.is("error"))) {
				ended(head.id());
			}
		}
		super.sendMessage(message);
	}

	/**
	 * Ends one operation with a graphql-ws {@code error} carrying a coded GraphQL error.
	 */
	void refuse(String id, ErrorCode code, String message, Map<String, Object> details) {
		Map<String, Object> extensions = new LinkedHashMap<>(details);
		extensions.put("code", code.name());
		extensions.put("classification", code.classification().name());
		Map<String, Object> error = Map.of("message", message, "extensions", extensions);
		Map<String, Object> frame = Map.of("id", id, "type", "error", "payload", List.of(error));
		try {
			sendMessage(new TextMessage(this.json.writeValueAsBytes(frame)));
		}
		catch (IOException | IllegalStateException ex) {
			closeQuietly(CloseStatus.SESSION_NOT_RELIABLE);
		}
	}

	/**
	 * Ends every running operation, and the one that asked, with {@code INVALID_API_KEY},
	 * then closes the socket with 4401.
	 */
	void endForInvalidKey(@Nullable String askingId) {
		String message = "The API key of this connection was revoked or rotated; connect again with a valid key";
		for (String id : List.copyOf(this.running)) {
			refuse(id, ErrorCode.INVALID_API_KEY, message, Map.of());
			this.endedHere.add(id);
		}
		if (askingId != null && !this.running.contains(askingId)) {
			refuse(askingId, ErrorCode.INVALID_API_KEY, message, Map.of());
		}
		closeQuietly(CloseCodes.INVALID_API_KEY);
	}

	/** Closes the socket, unless it is gone already. */
	void closeQuietly(CloseStatus status) {
		try {
			close(status);
		}
		catch (IOException | IllegalStateException ex) {
			return;
		}
	}

}
