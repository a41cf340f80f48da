package app.briefings.security;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * API key settings.
 *
 * @param bootstrapApiKey a key with every role for first use (env
 * {@code BRIEFINGS_SECURITY_BOOTSTRAP_API_KEY}); none when unset
 */
@ConfigurationProperties("briefings.security")
public record SecurityProperties(@Nullable String bootstrapApiKey) {

}
