package app.briefings.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <key>}. A request without the header goes on
 * anonymously; one with an unknown key is refused at once with a coded GraphQL error, so
 * a client never mistakes a mistyped key for anonymous access.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private static final String INVALID_KEY_BODY = """
			{"errors":[{"message":"The API key is not valid","extensions":{"code":"INVALID_API_KEY","classification":"UNAUTHORIZED"}}]}""";

	private final ApiKeys apiKeys;

	ApiKeyAuthenticationFilter(ApiKeys apiKeys) {
		this.apiKeys = apiKeys;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null) {
			chain.doFilter(request, response);
			return;
		}
		Optional<ApiKeyPrincipal> principal = header.startsWith(BEARER)
				? this.apiKeys.authenticate(header.substring(BEARER.length()).trim()) : Optional.empty();
		if (principal.isEmpty()) {
			refuse(response);
			return;
		}
		SecurityContextHolder.getContext().setAuthentication(authentication(principal.get()));
		chain.doFilter(request, response);
	}

	private static UsernamePasswordAuthenticationToken authentication(ApiKeyPrincipal principal) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		for (Role role : principal.roles()) {
			authorities.add(new SimpleGrantedAuthority(role.authority()));
		}
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
	}

	private static void refuse(HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.getOutputStream().write(INVALID_KEY_BODY.getBytes(StandardCharsets.UTF_8));
	}

}
