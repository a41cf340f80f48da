package app.briefings.websocket;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Caps on graphql-ws sockets, so that no client can hold the server's connections or
 * threads for itself. How often the key of an open socket is checked again is
 * {@code briefings.security.key-recheck-interval}.
 *
 * @param maxConnections the most open sockets in all (HTTP 503
 * {@code TOO_MANY_CONNECTIONS} beyond it)
 * @param maxConnectionsPerAddress the most open sockets from one client address (HTTP 429
 * {@code TOO_MANY_CONNECTIONS} beyond it)
 * @param maxSubscriptionsPerConnection the most operations running at once on one socket
 * ({@code TOO_MANY_SUBSCRIPTIONS} for the one beyond it)
 * @param idleTimeout how long a socket may stay open with no operation running, whether
 * it never subscribed or its subscriptions ended (closed with 4408)
 */
@ConfigurationProperties("briefings.websocket")
public record WebSocketLimits(@DefaultValue("50") int maxConnectionsPerAddress,
		@DefaultValue("2000") int maxConnections, @DefaultValue("20") int maxSubscriptionsPerConnection,
		@DefaultValue("30s") Duration idleTimeout) {

}
