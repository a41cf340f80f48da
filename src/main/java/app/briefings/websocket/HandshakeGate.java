package app.briefings.websocket;

import java.net.InetSocketAddress;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * First step of a WebSocket upgrade: refuses it with HTTP 429 or 503 and a coded
 * {@code TOO_MANY_CONNECTIONS} body when a connection cap is reached, and detaches the
 * upgrade request's caller from the socket, because each operation on the socket is
 * authenticated again when it arrives.
 */
final class HandshakeGate implements HandshakeInterceptor {

	static final String ADDRESS = HandshakeGate.class.getName() + ".address";

	private static final int RETRY_AFTER_SECONDS = 30;

	private final Connections connections;

	private final JsonMapper json;

	HandshakeGate(Connections connections, JsonMapper json) {
		this.connections = connections;
		this.json = json;
	}

	@Override
	public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
			Map<String, Object> attributes) throws Exception {
		String address = addressOf(request.getRemoteAddress());
		ConnectionRefusal refusal = this.connections.refusalFor(address);
		if (refusal != null) {
			response.setStatusCode(refusal.status());
			response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
			response.getHeaders().set(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
			response.getBody().write(this.json.writeValueAsBytes(refusal.body()));
			return false;
		}
		attributes.put(ADDRESS, address);
		SecurityContextHolder.clearContext();
		return true;
	}

	@Override
	public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
			@Nullable Exception exception) {
	}

	static String addressOf(@Nullable InetSocketAddress remote) {
		return (remote != null && remote.getAddress() != null) ? remote.getAddress().getHostAddress() : "unknown";
	}

}
