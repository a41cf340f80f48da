package app.briefings.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <key>}. A request without the header goes on
 * anonymously; one with an unknown key is refused at once with a coded GraphQL error, so
 * a client never mistakes a mistyped key for anonymous access.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

	private static final String INVALID_KEY_BODY = """
			{"errors":[{"message":"The API key is not valid","extensions":{"code":"INVALID_API_KEY","classification":"UNAUTHORIZED"}}]}""";

	private final CallerAuthenticator authenticator;

	ApiKeyAuthenticationFilter(CallerAuthenticator authenticator) {
		this.authenticator = authenticator;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		KeyCheck check = this.authenticator.check(request.getHeader(HttpHeaders.AUTHORIZATION));
		if (check instanceof KeyCheck.Refused) {
			refuse(response);
			return;
		}
		if (check instanceof KeyCheck.Accepted accepted) {
			SecurityContextHolder.getContext().setAuthentication(accepted.authentication());
		}
		chain.doFilter(request, response);
	}

	private static void refuse(HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.getOutputStream().write(INVALID_KEY_BODY.getBytes(StandardCharsets.UTF_8));
	}

}
