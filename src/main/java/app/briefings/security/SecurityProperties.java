package app.briefings.security;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * API key and access settings.
 *
 * @param bootstrapApiKey a key with every role for first use (env
 * {@code BRIEFINGS_SECURITY_BOOTSTRAP_API_KEY}); none when unset
 * @param anonymousRead whether callers without a key may read the public data (env
 * {@code BRIEFINGS_SECURITY_ANONYMOUS_READ}); true by default, false in profile
 * {@code prod}
 * @param actuatorRequiresAdmin whether actuator endpoints other than health and info need
 * an ADMIN key (env {@code BRIEFINGS_SECURITY_ACTUATOR_REQUIRES_ADMIN}); false by
 * default, true in profile {@code prod}
 * @param keyRecheckInterval how often the key behind a running subscription or an open
 * graphql-ws socket is checked again; a revoked or rotated key ends them within this time
 * @param introspection who may introspect the schema and download it (env
 * {@code BRIEFINGS_SECURITY_INTROSPECTION}); everyone by default, callers with a key in
 * profile {@code prod}
 */
@ConfigurationProperties("briefings.security")
public record SecurityProperties(@Nullable String bootstrapApiKey, @DefaultValue("true") boolean anonymousRead,
		@DefaultValue("false") boolean actuatorRequiresAdmin, @DefaultValue("5s") Duration keyRecheckInterval,
		@DefaultValue("all") Introspection introspection) {

}
