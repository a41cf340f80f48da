package app.briefings.websocket;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hides a WebSocket upgrade request's {@code Sec-WebSocket-Extensions} header, so that
 * the socket negotiates no {@code permessage-deflate}. Tomcat accepts any extension a
 * client offers that it implements, whatever the application selects, and a compressed
 * socket holds a zlib deflater and inflater in native memory, outside the heap and
 * outside every JVM limit, for as long as it is open: about 100 KB a socket.
 */
final class UncompressedUpgradeFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getHeader(WebSocketHttpHeaders.SEC_WEBSOCKET_EXTENSIONS) == null) {
			chain.doFilter(request, response);
			return;
		}
		chain.doFilter(new WithoutExtensions(request), response);
	}

	/** The upgrade request as if its client had offered no extension. */
	private static final class WithoutExtensions extends HttpServletRequestWrapper {

		WithoutExtensions(HttpServletRequest request) {
			super(request);
		}

		@Override
		public @Nullable String getHeader(String name) {
			return isExtensions(name) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return isExtensions(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
		}

		@Override
		public Enumeration<String> getHeaderNames() {
			return Collections.enumeration(
					Collections.list(super.getHeaderNames()).stream().filter((name) -> !isExtensions(name)).toList());
		}

		private static boolean isExtensions(String name) {
			return WebSocketHttpHeaders.SEC_WEBSOCKET_EXTENSIONS.equalsIgnoreCase(name);
		}

	}

}
