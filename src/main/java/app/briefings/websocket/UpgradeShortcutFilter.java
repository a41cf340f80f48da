package app.briefings.websocket;

import java.io.IOException;
import java.time.Duration;
import java.util.function.Supplier;

import app.briefings.deadline.RequestDeadline;
import app.briefings.deadline.RequestDeadlines;
import app.briefings.security.WebSocketUpgradeChecks;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.HttpRequestHandler;

/**
 * Takes a graphql-ws upgrade request straight to the WebSocket handshake: after the
 * upgrade checks ({@link WebSocketUpgradeChecks}: browser origin and API key), under a
 * deadline of the request timeout as every HTTP request, and without the servlet filters,
 * the HTTP security chain and the dispatcher that every other request passes. None of
 * them did anything for a response that becomes a socket (the upgrade is not observed,
 * has no body, no session and no browser headers), but together they were the largest
 * part of an upgrade's CPU in a burst of resuming clients. The handshake is the one Boot
 * maps, with its interceptors: the connection caps of {@link HandshakeGate} and the
 * allowed origins. Every other request goes on down the filter chain.
 */
final class UpgradeShortcutFilter implements Filter {

	private final WebSocketUpgradeChecks checks;

	private final Supplier<HttpRequestHandler> handshake;

	private final Duration requestTimeout;

	UpgradeShortcutFilter(WebSocketUpgradeChecks checks, Supplier<HttpRequestHandler> handshake,
			Duration requestTimeout) {
		this.checks = checks;
		this.handshake = handshake;
		this.requestTimeout = requestTimeout;
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (!(request instanceof HttpServletRequest http && response instanceof HttpServletResponse httpResponse)
				|| !this.checks.isUpgrade(http)) {
			chain.doFilter(request, response);
			return;
		}
		try (RequestDeadlines.Scope scope = RequestDeadlines.open(RequestDeadline.after(this.requestTimeout))) {
			this.checks.check(http, httpResponse, (checked, answer) -> this.handshake.get()
				.handleRequest((HttpServletRequest) checked, (HttpServletResponse) answer));
		}
	}

}
