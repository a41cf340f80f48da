package app.briefings.websocket;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import app.briefings.graphql.error.ErrorCode;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.Session;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.adapter.NativeWebSocketSession;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketSessionDecorator;

/**
 * One open graphql-ws socket: its client address, the {@code Authorization} header of its
 * upgrade request, its {@code connection_init} payload, the operations running on it and
 * since when none has. Every message the server sends passes through it, so that it can
 * tell when an operation ended and send nothing more for an operation a guard has ended;
 * any thread may send, and no thread waits for the client: messages go through an
 * {@link Outbox} of at most {@value #BUFFER_SIZE_LIMIT} characters, written by the
 * container as the client reads, and a client that lets more pile up is closed with
 * {@code SLOW_CONSUMER}. Messages from the client may arrive in pieces; it assembles them
 * up to a limit and closes the socket with 1009 beyond it.
 */
final class Connection extends WebSocketSessionDecorator {

	private static final int SEND_TIME_LIMIT_MILLIS = 10_000;

	private static final int BUFFER_SIZE_LIMIT = 512 * 1024;

	private final JsonMapper json;

	private final String address;

	private final @Nullable String authorization;

	private final Outbox outbox;

	private final Set<String> running = ConcurrentHashMap.newKeySet();

	private final Set<String> endedHere = ConcurrentHashMap.newKeySet();

	private final Map<String, Disposable> operations = new ConcurrentHashMap<>();

	private final List<Disposable> timers = new ArrayList<>();

	private final AtomicReference<@Nullable Map<String, Object>> initPayload = new AtomicReference<>();

	private volatile boolean acknowledged;

	private volatile long idleSince = System.nanoTime();

	private final int maxMessageChars;

	private @Nullable StringBuilder pieces;

	private boolean discarding;

	Connection(WebSocketSession session, JsonMapper json, String address, @Nullable String authorization,
			int maxMessageChars) {
		super(session);
		this.maxMessageChars = maxMessageChars;
		this.json = json;
		this.address = address;
		this.authorization = authorization;
		this.outbox = new Outbox(transportOf(session), BUFFER_SIZE_LIMIT, this::outboxEnded);
	}

	private static Outbox.Transport transportOf(WebSocketSession session) {
		WebSocketSession last = WebSocketSessionDecorator.unwrap(session);
		Session jakarta = (last instanceof NativeWebSocketSession nativeSession)
				? nativeSession.getNativeSession(Session.class) : null;
		if (jakarta == null) {
			return (messages, written) -> writeBlocking(session, messages, written);
		}
		RemoteEndpoint.Async remote = jakarta.getAsyncRemote();
		remote.setSendTimeout(SEND_TIME_LIMIT_MILLIS);
		return new AsyncRemoteTransport(remote);
	}

	private static void writeBlocking(WebSocketSession session, List<String> messages,
			Consumer<@Nullable Throwable> written) {
		try {
			synchronized (session) {
				for (String message : messages) {
					session.sendMessage(new TextMessage(message));
				}
			}
			written.accept(null);
		}
		catch (IOException | RuntimeException ex) {
			written.accept(ex);
		}
	}

	private void outboxEnded(Outbox.Outcome outcome) {
		closeQuietly(
				(outcome == Outbox.Outcome.OVERFLOW) ? CloseCodes.SLOW_CONSUMER : CloseStatus.SESSION_NOT_RELIABLE);
	}

	String address() {
		return this.address;
	}

	/**
	 * The whole text of a message the container hands over in pieces, or null until its
	 * last piece came. A message longer than the limit closes the socket with 1009 and
	 * its pieces are dropped. Called only from the thread reading the socket, one piece
	 * at a time.
	 */
	@Nullable String assemble(TextMessage piece) {
		if (this.discarding) {
			return null;
		}
		if (piece.isLast() && this.pieces == null && piece.getPayloadLength() <= this.maxMessageChars) {
			return piece.getPayload();
		}
		StringBuilder text = (this.pieces != null) ? this.pieces : new StringBuilder();
		if (text.length() + piece.getPayloadLength() > this.maxMessageChars) {
			this.pieces = null;
			this.discarding = true;
			closeQuietly(CloseCodes.messageTooBig(this.maxMessageChars));
			return null;
		}
		text.append(piece.getPayload());
		this.pieces = piece.isLast() ? null : text;
		return piece.isLast() ? text.toString() : null;
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

	/**
	 * Records the {@code connection_init} payload, or returns false when one came before
	 * (or the wait for it timed out).
	 */
	boolean initialize(Map<String, Object> payload) {
		return this.initPayload.compareAndSet(null, payload);
	}

	/** The {@code connection_init} payload, null until one came. */
	@Nullable Map<String, Object> initPayload() {
		return this.initPayload.get();
	}

	/** Marks the socket ready for operations: {@code connection_ack} was sent. */
	void acknowledge() {
		this.acknowledged = true;
	}

	boolean acknowledged() {
		return this.acknowledged;
	}

	/**
	 * Keeps an operation so that {@code complete} or closing cancels it; false for a
	 * duplicate id.
	 */
	boolean track(String id, Disposable operation) {
		return this.operations.putIfAbsent(id, operation) == null;
	}

	/** Forgets an operation that ended by itself. */
	void untrack(String id, Disposable operation) {
		this.operations.remove(id, operation);
	}

	/** Cancels one operation at the client's request. */
	void cancel(String id) {
		Disposable operation = this.operations.remove(id);
		if (operation != null) {
			operation.dispose();
		}
		ended(id);
	}

	/** Keeps a timer (init timeout, keep-alive) to stop with the socket. */
	synchronized void schedule(Disposable timer) {
		this.timers.add(timer);
	}

	/** Cancels every operation and timer and drops what waits to be written. */
	void dispose() {
		this.outbox.close();
		for (Disposable operation : List.copyOf(this.operations.values())) {
			operation.dispose();
		}
		this.operations.clear();
		synchronized (this) {
			this.timers.forEach(Disposable::dispose);
			this.timers.clear();
		}
	}

	@Override
	public void sendMessage(WebSocketMessage<?> message) throws IOException {
		if (!(message instanceof TextMessage text)) {
			super.sendMessage(message);
			return;
		}
		MessageHead head = MessageHead.of(this.json, text.asBytes());
		if (head.id() != null && this.endedHere.contains(head.id())) {
			return;
		}
		if (head.id() != null && (head.is("complete") || head.is("error"))) {
			ended(head.id());
		}
		if (!isOpen()) {
			throw new IOException("The socket is closed");
		}
		this.outbox.offer(text.getPayload());
	}

	/**
	 * Sends a message of the connection itself ({@code connection_ack}, {@code ping},
	 * {@code pong}): it belongs to no operation, so no operation's end can hold it back.
	 */
	void sendOwn(String text) throws IOException {
		if (!isOpen()) {
			throw new IOException("The socket is closed");
		}
		this.outbox.offer(text);
	}

	/**
	 * Sends one message of an operation, unless a guard has ended that operation here;
	 * {@code complete} and {@code error} end it.
	 */
	void send(Frame frame) throws IOException {
		if (this.endedHere.contains(frame.id())) {
			return;
		}
		if (frame.ends()) {
			ended(frame.id());
		}
		if (!isOpen()) {
			throw new IOException("The socket is closed");
		}
		this.outbox.offer(frame.text());
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

	/**
	 * Closes the socket once the messages sent before are written, unless it is gone
	 * already.
	 */
	void closeQuietly(CloseStatus status) {
		this.outbox.finish(() -> closeNow(status));
	}

	private void closeNow(CloseStatus status) {
		try {
			close(status);
		}
		catch (IOException | IllegalStateException ex) {
			return;
		}
	}

}
