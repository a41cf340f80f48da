package app.briefings.websocket;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.briefings.deadline.RequestDeadline;
import app.briefings.deadline.RequestDeadlines;
import app.briefings.graphql.error.ErrorCode;
import app.briefings.security.CallerAuthenticator;
import app.briefings.security.KeyCheck;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler;
import org.springframework.http.HttpHeaders;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.server.HandshakeHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.socket.server.support.WebSocketHttpRequestHandler;

/**
 * Spring for GraphQL's graphql-ws handler with what a long-lived socket needs: each
 * {@code subscribe} message runs with the key of the upgrade request checked again at
 * that moment (a key that no longer authenticates ends the socket with
 * {@code INVALID_API_KEY} and 4401), at most
 * {@link WebSocketLimits#maxSubscriptionsPerConnection()} operations run at once on one
 * socket, and the sockets are counted against the caps of {@link Connections}. Each
 * {@code subscribe} message is handled under a deadline of the request timeout, so its
 * key look-up and budget charge are bounded like those of an HTTP request.
 */
class GuardedGraphQlWebSocketHandler extends GraphQlWebSocketHandler {

	private static final Authentication ANONYMOUS = new AnonymousAuthenticationToken("graphql-ws", "anonymousUser",
			AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

	private final Connections connections;

	private final CallerAuthenticator authenticator;

	private final WebSocketLimits limits;

	private final JsonMapper json;

	private final Duration requestTimeout;

	GuardedGraphQlWebSocketHandler(WebGraphQlHandler graphQlHandler, HttpMessageConverter<Object> converter,
			Duration connectionInitTimeout, @Nullable Duration keepAlive, @Nullable CorsConfiguration cors,
			Connections connections, CallerAuthenticator authenticator, WebSocketLimits limits, JsonMapper json,
			Duration requestTimeout) {
		super(graphQlHandler, converter, connectionInitTimeout, keepAlive,
				(cors != null) ? cors : new CorsConfiguration());
		this.connections = connections;
		this.authenticator = authenticator;
		this.limits = limits;
		this.json = json;
		this.requestTimeout = requestTimeout;
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
				session.getHandshakeHeaders().getFirst(HttpHeaders.AUTHORIZATION));
		if (!this.connections.open(connection)) {
			connection.closeQuietly(CloseCodes.TOO_MANY_CONNECTIONS);
			return;
		}
		super.afterConnectionEstablished(connection);
	}

	@Override
	protected void handleTextMessage(WebSocketSession session, TextMessage message) throws Exception {
		Connection connection = this.connections.get(session.getId());
		if (connection == null) {
			return;
		}
		MessageHead head = MessageHead.of(this.json, message.asBytes());
		String id = head.id();
		if (!head.is("subscribe") || id == null) {
			if (head.is("complete") && id != null) {
				connection.ended(id);
			}
			super.handleTextMessage(connection, message);
			return;
		}
		try (RequestDeadlines.Scope scope = RequestDeadlines.open(RequestDeadline.after(this.requestTimeout))) {
			subscribe(connection, message, id);
		}
	}

	private void subscribe(Connection connection, TextMessage message, String id) throws Exception {
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
		runAs(check, () -> super.handleTextMessage(connection, message));
	}

	private static void runAs(KeyCheck check, MessageAction action) throws Exception {
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
	public void afterConnectionClosed(WebSocketSession session, CloseStatus closeStatus) {
		Connection connection = this.connections.remove(session.getId());
		if (connection != null) {
			super.afterConnectionClosed(connection, closeStatus);
		}
	}

	/** A step that may throw what handling a message throws. */
	@FunctionalInterface
	private interface MessageAction {

		void run() throws Exception;

	}

}
