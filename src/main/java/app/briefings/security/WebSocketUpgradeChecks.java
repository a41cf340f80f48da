package app.briefings.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.CorsFilter;

/**
 * What a graphql-ws upgrade request must pass before its handshake: the browser origin
 * check (CORS: an origin not in {@code briefings.security.cors.allowed-origins} is
 * refused with 403) and the API key check (an unknown key is refused with 401
 * {@code INVALID_API_KEY}). Nothing else of the HTTP security chain protects a response
 * that becomes a socket: the socket's operations are authorized one by one as they
 * arrive. The checks are the very filters the HTTP chain runs, called in order; the
 * security context they set lives only while the handshake runs.
 */
public final class WebSocketUpgradeChecks {

	private final WebSocketUpgradeRequest upgradeRequest;

	private final List<Filter> checks;

	WebSocketUpgradeChecks(String path, CorsFilter cors, ApiKeyAuthenticationFilter apiKey) {
		this.upgradeRequest = new WebSocketUpgradeRequest(path);
		this.checks = List.of(cors, apiKey);
	}

	/**
	 * Whether the request asks to upgrade the graphql-ws path to a WebSocket.
	 */
	public boolean isUpgrade(HttpServletRequest request) {
		return this.upgradeRequest.matches(request);
	}

	/**
	 * Runs the checks, then the handshake when all pass; a refused request is answered by
	 * the check that refused it and never reaches the handshake.
	 */
	public void check(HttpServletRequest request, HttpServletResponse response, FilterChain handshake)
			throws IOException, ServletException {
		try {
			new Remaining(this.checks, handshake).doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** The checks not yet run, followed by the handshake. */
	private static final class Remaining implements FilterChain {

		private final List<Filter> checks;

		private final FilterChain handshake;

		private int next;

		Remaining(List<Filter> checks, FilterChain handshake) {
			this.checks = checks;
			this.handshake = handshake;
		}

		@Override
		public void doFilter(ServletRequest request, ServletResponse response) throws IOException, ServletException {
			if (this.next == this.checks.size()) {
				this.handshake.doFilter(request, response);
				return;
			}
			this.checks.get(this.next++).doFilter(request, response, this);
		}

	}

}
