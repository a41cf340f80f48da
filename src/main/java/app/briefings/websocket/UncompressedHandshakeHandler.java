package app.briefings.websocket;

import java.util.List;

import org.springframework.http.server.ServerHttpRequest;
import org.springframework.web.socket.WebSocketExtension;
import org.springframework.web.socket.server.support.DefaultHandshakeHandler;

/**
 * The container's handshake, declining every extension the client offers, so that no
 * socket compresses its messages ({@link WebSocketCompression}).
 */
final class UncompressedHandshakeHandler extends DefaultHandshakeHandler {

	@Override
	protected List<WebSocketExtension> filterRequestedExtensions(ServerHttpRequest request,
			List<WebSocketExtension> requestedExtensions, List<WebSocketExtension> supportedExtensions) {
		return List.of();
	}

}
