package app.briefings.websocket;

import java.security.Principal;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.jspecify.annotations.Nullable;

import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.socket.WebSocketExtension;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeFailureException;
import org.springframework.web.socket.server.standard.StandardWebSocketUpgradeStrategy;

/**
 * The container's upgrade, with the client's {@code Sec-WebSocket-Extensions} hidden from
 * the container, so that no socket compresses its messages
 * ({@link WebSocketCompression}). Declining the extensions in Spring's handshake alone is
 * not enough: Tomcat reads the offer from the request and negotiates it itself.
 */
final class UncompressedUpgradeStrategy extends StandardWebSocketUpgradeStrategy {

	private static final String EXTENSIONS = "Sec-WebSocket-Extensions";

	@Override
	public List<WebSocketExtension> getSupportedExtensions(ServerHttpRequest request) {
		return List.of();
	}

	@Override
	public void upgrade(ServerHttpRequest request, ServerHttpResponse response, @Nullable String selectedProtocol,
			List<WebSocketExtension> selectedExtensions, @Nullable Principal user, WebSocketHandler wsHandler,
			Map<String, Object> attrs) throws HandshakeFailureException {
		ServerHttpRequest withoutOffer = new ServletServerHttpRequest(
				new WithoutExtensionOffer(getHttpServletRequest(request)));
		super.upgrade(withoutOffer, response, selectedProtocol, List.of(), user, wsHandler, attrs);
	}

	/** The upgrade request as if the client had offered no extension. */
	private static final class WithoutExtensionOffer extends HttpServletRequestWrapper {

		WithoutExtensionOffer(HttpServletRequest request) {
			super(request);
		}

		@Override
		public @Nullable String getHeader(String name) {
			return EXTENSIONS.equalsIgnoreCase(name) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return EXTENSIONS.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
		}

	}

}
