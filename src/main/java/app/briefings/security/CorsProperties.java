package app.briefings.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Cross-origin access for browser clients; closed unless origins are listed.
 *
 * @param allowedOrigins origins such as {@code https://app.example.org} (env
 * {@code BRIEFINGS_SECURITY_CORS_ALLOWED_ORIGINS}, comma-separated); empty by default
 */
@ConfigurationProperties("briefings.security.cors")
public record CorsProperties(@DefaultValue List<String> allowedOrigins) {

}
