package app.briefings.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * Stateless API key security. HTTP paths stay open, except the actuator endpoints other
 * than health and info when {@code briefings.security.actuator-requires-admin} is on; who
 * may read or run what through GraphQL is decided on the fields themselves
 * ({@link RootFieldGuard}, {@code @PreAuthorize}, {@link AccessRules}). A graphql-ws
 * upgrade passes two checks only, the browser origin check (CORS) and the API key check
 * ({@link WebSocketUpgradeChecks}, run by the WebSocket feature before its handshake):
 * the socket's operations are authorized one by one as they arrive, and the rest of the
 * HTTP chain (response headers, anonymous caller, session and request cache handling,
 * authorization of a path open to all) did nothing for a response that becomes a socket
 * but cost every reconnecting client its share.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	@ConditionalOnProperty("spring.graphql.websocket.path")
	WebSocketUpgradeChecks webSocketUpgradeChecks(CallerAuthenticator authenticator, CorsProperties cors,
			GraphQlProperties graphQl) {
		return new WebSocketUpgradeChecks(graphQl.getWebsocket().getPath(), new CorsFilter(corsSource(cors)),
				new ApiKeyAuthenticationFilter(authenticator));
	}

	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	SecurityFilterChain apiSecurity(HttpSecurity http, CallerAuthenticator authenticator, CorsProperties cors,
			SecurityProperties properties) throws Exception {
		return http.csrf(AbstractHttpConfigurer::disable)
			.cors((configurer) -> configurer.configurationSource(corsSource(cors)))
			.httpBasic(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests((requests) -> authorizeRequests(requests, properties))
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
			.addFilterBefore(new ApiKeyAuthenticationFilter(authenticator), AnonymousAuthenticationFilter.class)
			.build();
	}

	private static void authorizeRequests(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
			SecurityProperties properties) {
		if (properties.actuatorRequiresAdmin()) {
			requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
				.permitAll()
				.requestMatchers("/actuator", "/actuator/**")
				.hasRole(Role.ADMIN.name());
		}
		requests.anyRequest().permitAll();
	}

	static CorsConfigurationSource corsSource(CorsProperties properties) {
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		if (properties.allowedOrigins().isEmpty()) {
			return source;
		}
		CorsConfiguration configuration = new CorsConfiguration();
		configuration.setAllowedOrigins(properties.allowedOrigins());
		configuration.setAllowedMethods(List.of("GET", "POST"));
		configuration.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept"));
		configuration.setMaxAge(Duration.ofHours(1));
		source.registerCorsConfiguration("/graphql", configuration);
		return source;
	}

}
