package app.briefings.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Matches a {@code GET} on the graphql-ws path that asks to upgrade to a WebSocket: the
 * requests that {@link WebSocketUpgradeChecks} checks before their handshake.
 *
 * @param path the graphql-ws path, {@code spring.graphql.websocket.path}
 */
record WebSocketUpgradeRequest(String path) implements RequestMatcher {

	@Override
	public boolean matches(HttpServletRequest request) {
		return "GET".equals(request.getMethod()) && "websocket".equalsIgnoreCase(request.getHeader(HttpHeaders.UPGRADE))
				&& this.path.equals(pathWithinApplication(request));
	}

	private static String pathWithinApplication(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
