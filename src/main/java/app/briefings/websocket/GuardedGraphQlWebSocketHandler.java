package app.briefings.websocket;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.Principal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.briefings.deadline.RequestDeadline;
import app.briefings.deadline.RequestDeadlines;
import app.briefings.graphql.error.ErrorCode;
import app.briefings.security.CallerAuthenticator;
import app.briefings.security.KeyCheck;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.BaseSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.execution.SubscriptionPublisherException;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.graphql.server.support.GraphQlWebSocketMessage;
import org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler;
import org.springframework.http.HttpHeaders;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.Assert;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.server.HandshakeHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.socket.server.support.WebSocketHttpRequestHandler;

/**
 * The graphql-ws protocol on Spring for GraphQL's {@link WebGraphQlHandler}, with what a
 * long-lived socket needs: each {@code subscribe} message runs with the key of the
 * upgrade request checked again at that moment (a key that no longer authenticates ends
 * the socket with {@code INVALID_API_KEY} and 4401), at most
 * {@link WebSocketLimits#maxSubscriptionsPerConnection()} operations run at once on one
 * socket, and the sockets are counted against the caps of {@link Connections}. Each
 * {@code subscribe} message is handled under a deadline of the request timeout, so its
 * key look-up and budget charge are bounded like those of an HTTP request.
 * <p>
 * It speaks the protocol itself, rather than through its superclass, because the
 * superclass gives every socket a thread of its own and holds the container's thread
 * until that thread has sent {@code connection_ack}: a burst of 1,000 resuming clients
 * started 1,000 threads and queued behind them. Here nothing waits: the acknowledgement
 * is sent from the thread that read {@code connection_init}, and results are handed to
 * the socket's {@link Outbox} from whichever thread produced them. The superclass still
 * provides the handshake (sub-protocols, allowed origins) and the bean type Boot maps.
 */
class GuardedGraphQlWebSocketHandler extends GraphQlWebSocketHandler {

	private static final Log logger = LogFactory.getLog(GuardedGraphQlWebSocketHandler.class);

	private static final Authentication ANONYMOUS = new AnonymousAuthenticationToken("graphql-ws", "anonymousUser",
			AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

	private final WebGraphQlHandler graphQlHandler;

	private final WebSocketGraphQlInterceptor interceptor;

	private final Duration connectionInitTimeout;

	private final @Nullable Duration keepAlive;

	private final Connections connections;

	private final CallerAuthenticator authenticator;

	private final WebSocketLimits limits;

	private final JsonMapper json;

	private final Duration requestTimeout;

	private final Frames frames;

	private final int maxMessageChars;

	GuardedGraphQlWebSocketHandler(WebGraphQlHandler graphQlHandler, HttpMessageConverter<Object> converter,
			Duration connectionInitTimeout, @Nullable Duration keepAlive, @Nullable CorsConfiguration cors,
			Connections connections, CallerAuthenticator authenticator, WebSocketLimits limits, int maxMessageChars,
			JsonMapper json, Duration requestTimeout, Frames frames) {
		super(graphQlHandler, converter, connectionInitTimeout, keepAlive,
				(cors != null) ? cors : new CorsConfiguration());
		this.graphQlHandler = graphQlHandler;
		this.interceptor = graphQlHandler.getWebSocketInterceptor();
		this.connectionInitTimeout = connectionInitTimeout;
		this.keepAlive = keepAlive;
		this.connections = connections;
		this.authenticator = authenticator;
		this.limits = limits;
		this.json = json;
		this.requestTimeout = requestTimeout;
		this.frames = frames;
		this.maxMessageChars = maxMessageChars;
	}

	@Override
	public WebSocketHttpRequestHandler initWebSocketHttpRequestHandler(HandshakeHandler handshakeHandler) {
		WebSocketHttpRequestHandler handler = super.initWebSocketHttpRequestHandler(handshakeHandler);
		List<HandshakeInterceptor> interceptors = new ArrayList<>();
		interceptors.add(new HandshakeGate(this.connections, this.json));
		interceptors.addAll(handler.getHandshakeInterceptors());
		handler.setHandshakeInterceptors(interceptors);
		return handler;
	}

	@Override
	public void afterConnectionEstablished(WebSocketSession session) {
		Object address = session.getAttributes().get(HandshakeGate.ADDRESS);
		Connection connection = new Connection(session, this.json,
				(address != null) ? address.toString() : HandshakeGate.addressOf(session.getRemoteAddress()),
				session.getHandshakeHeaders().getFirst(HttpHeaders.AUTHORIZATION), this.maxMessageChars);
		if ("graphql-ws".equalsIgnoreCase(session.getAcceptedProtocol())) {
			connection.closeQuietly(CloseCodes.INVALID_MESSAGE);
			return;
		}
		if (!this.connections.open(connection)) {
			connection.closeQuietly(CloseCodes.TOO_MANY_CONNECTIONS);
			return;
		}
		connection.schedule(Mono.delay(this.connectionInitTimeout).subscribe((tick) -> {
			if (connection.initialize(Map.of())) {
				connection.closeQuietly(CloseCodes.INIT_TIMEOUT);
			}
		}));
	}

	/**
	 * Takes messages in the pieces the container's small per-socket buffer holds; the
	 * socket's {@link Connection} assembles them.
	 */
	@Override
	public boolean supportsPartialMessages() {
		return true;
	}

	@Override
	protected void handleTextMessage(WebSocketSession session, TextMessage message) throws Exception {
		Connection connection = this.connections.get(session.getId());
		if (connection == null) {
			return;
		}
		String whole = connection.assemble(message);
		if (whole == null) {
			return;
		}
		GraphQlWebSocketMessage decoded = decode(whole);
		if (decoded == null) {
			connection.closeQuietly(CloseCodes.INVALID_MESSAGE);
			return;
		}
		String id = decoded.getId();
		switch (decoded.resolvedType()) {
			case CONNECTION_INIT -> initialize(connection, decoded.getPayload());
			case SUBSCRIBE -> {
				if (!connection.acknowledged()) {
					connection.closeQuietly(CloseCodes.UNAUTHORIZED);
				}
				else if (id == null) {
					connection.closeQuietly(CloseCodes.INVALID_MESSAGE);
				}
				else {
					subscribeUnderDeadline(connection, id, decoded.getPayload());
				}
			}
			case PING -> send(connection, this.frames.pong());
			case PONG -> {
			}
			case COMPLETE -> {
				if (id != null) {
					connection.cancel(id);
					this.interceptor.handleCancelledSubscription(sessionInfo(connection), id).subscribe();
				}
			}
			default -> connection.closeQuietly(CloseCodes.INVALID_MESSAGE);
		}
	}

	private @Nullable GraphQlWebSocketMessage decode(String message) {
		try {
			return this.json.readValue(message, GraphQlWebSocketMessage.class);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private void initialize(Connection connection, @Nullable Map<String, Object> payload) {
		if (!connection.initialize((payload != null) ? payload : Map.of())) {
			connection.closeQuietly(CloseCodes.TOO_MANY_INITIALISATION_REQUESTS);
			return;
		}
		this.interceptor.handleConnectionInitialization(sessionInfo(connection), (payload != null) ? payload : Map.of())
			.defaultIfEmpty(Map.of())
			.subscribe((ack) -> acknowledge(connection, ack), (ex) -> connection.closeQuietly(CloseCodes.UNAUTHORIZED));
	}

	private void acknowledge(Connection connection, Object ackPayload) {
		connection.acknowledge();
		send(connection, this.frames.connectionAck(ackPayload));
		if (this.keepAlive != null) {
			connection.schedule(Flux.interval(this.keepAlive, this.keepAlive)
				.subscribe((tick) -> send(connection, this.frames.ping())));
		}
	}

	private void subscribeUnderDeadline(Connection connection, String id, @Nullable Map<String, Object> payload) {
		try (RequestDeadlines.Scope scope = RequestDeadlines.open(RequestDeadline.after(this.requestTimeout))) {
			KeyCheck check = this.authenticator.check(connection.authorization());
			if (check instanceof KeyCheck.Refused) {
				connection.endForInvalidKey(id);
				return;
			}
			if (connection.running() >= this.limits.maxSubscriptionsPerConnection()) {
				int limit = this.limits.maxSubscriptionsPerConnection();
				connection.refuse(id, ErrorCode.TOO_MANY_SUBSCRIPTIONS,
						"At most " + limit + " operations run at once on one connection; complete one first",
						Map.of("limit", limit));
				return;
			}
			connection.started(id);
			runAs(check, () -> execute(connection, id, (payload != null) ? payload : Map.of()));
		}
	}

	private void execute(Connection connection, String id, Map<String, Object> payload) {
		WebSocketSessionInfo info = sessionInfo(connection);
		URI uri = connection.getUri();
		Assert.notNull(uri, "Expected the handshake's URI");
		WebSocketGraphQlRequest request = new WebSocketGraphQlRequest(uri, connection.getHandshakeHeaders(), null,
				connection.getRemoteAddress(), connection.getAttributes(), payload, id, null, info);
		request.configureExecutionInput((input, builder) -> WebSocketObservations.markedOverGraphQlWs(input));
		OperationSender sender = new OperationSender(connection, id);
		if (!connection.track(id, sender)) {
			connection.closeQuietly(new CloseStatus(4409, "Subscriber for " + id + " already exists"));
			return;
		}
		this.graphQlHandler.handleRequest(request).flatMapMany((response) -> frames(id, response)).subscribe(sender);
	}

	@SuppressWarnings("unchecked")
	private Flux<Frame> frames(String id, WebGraphQlResponse response) {
		Flux<Map<String, Object>> results = (response.getData() instanceof Publisher<?> publisher)
				? Flux.from((Publisher<ExecutionResult>) publisher).map(ExecutionResult::toSpecification)
				: Flux.just(response.toMap());
		return results.map((result) -> this.frames.next(id, result))
			.concatWith(Mono.fromCallable(() -> this.frames.complete(id)))
			.onErrorResume((ex) -> Mono.just(this.frames.error(id, errorsOf(ex))));
	}

	private static List<GraphQLError> errorsOf(Throwable ex) {
		if (ex instanceof SubscriptionPublisherException publisherException) {
			return publisherException.getErrors();
		}
		logger.error("A graphql-ws operation failed with " + ex.getClass().getSimpleName(), ex);
		return List.of(GraphqlErrorBuilder.newError()
			.message("Subscription error")
			.errorType(org.springframework.graphql.execution.ErrorType.INTERNAL_ERROR)
			.build());
	}

	private void send(Connection connection, String ownMessage) {
		try {
			connection.sendOwn(ownMessage);
		}
		catch (IOException | RuntimeException ex) {
			connection.closeQuietly(CloseStatus.SESSION_NOT_RELIABLE);
		}
	}

	private static WebSocketSessionInfo sessionInfo(Connection connection) {
		return new SessionInfo(connection);
	}

	private static void runAs(KeyCheck check, Runnable action) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context
			.setAuthentication((check instanceof KeyCheck.Accepted accepted) ? accepted.authentication() : ANONYMOUS);
		SecurityContextHolder.setContext(context);
		try {
			action.run();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Override
	public void handleTransportError(WebSocketSession session, Throwable exception) {
		Connection connection = this.connections.get(session.getId());
		if (connection != null) {
			connection.dispose();
		}
	}

	@Override
	public void afterConnectionClosed(WebSocketSession session, CloseStatus closeStatus) {
		Connection connection = this.connections.remove(session.getId());
		if (connection == null) {
			return;
		}
		connection.dispose();
		Map<String, Object> initPayload = connection.initPayload();
		if (initPayload != null) {
			this.interceptor.handleConnectionClosed(sessionInfo(connection), closeStatus.getCode(), initPayload);
		}
	}

	/**
	 * Sends the frames of one operation to its socket as they come, and forgets the
	 * operation when they end.
	 */
	private static final class OperationSender extends BaseSubscriber<Frame> {

		private final Connection connection;

		private final String id;

		OperationSender(Connection connection, String id) {
			this.connection = connection;
			this.id = id;
		}

		@Override
		protected void hookOnNext(Frame frame) {
			try {
				this.connection.send(frame);
			}
			catch (IOException | RuntimeException ex) {
				dispose();
				this.connection.closeQuietly(CloseStatus.SESSION_NOT_RELIABLE);
			}
		}

		@Override
		protected void hookOnError(Throwable throwable) {
			this.connection.closeQuietly(CloseStatus.SERVER_ERROR);
		}

		@Override
		protected void hookFinally(SignalType type) {
			this.connection.untrack(this.id, this);
		}

	}

	/** The socket as Spring for GraphQL's interceptors see it. */
	private record SessionInfo(Connection connection) implements WebSocketSessionInfo {

		@Override
		public String getId() {
			return this.connection.getId();
		}

		@Override
		public Map<String, Object> getAttributes() {
			return this.connection.getAttributes();
		}

		@Override
		public URI getUri() {
			URI uri = this.connection.getUri();
			Assert.notNull(uri, "Expected the handshake's URI");
			return uri;
		}

		@Override
		public HttpHeaders getHeaders() {
			return this.connection.getHandshakeHeaders();
		}

		@Override
		public Mono<Principal> getPrincipal() {
			return Mono.justOrEmpty(this.connection.getPrincipal());
		}

		@Override
		public @Nullable InetSocketAddress getRemoteAddress() {
			return this.connection.getRemoteAddress();
		}

	}

}
