package app.briefings.mongo;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Driver timeouts, chosen for a replica set (docs/mongodb.md).
 *
 * @param serverSelection how long an operation waits for a usable server: long enough to
 * ride out a primary election (typically up to about 12 s)
 * @param connect how long opening a connection may take
 * @param read how long a single reply may take on the socket, a last resort behind
 * {@code operation}
 * @param operation the ceiling of the server-side limit ({@code maxTimeMS}) of the
 * commands sent for a request, each of which carries the time its request has left
 * ({@link RequestTimeLimit}); not above the request timeout, so that the server stops
 * working when the client has given up
 * @param embeddedServerSelection server selection for the embedded server, which holds no
 * elections, so that its outage is reported fast
 */
@ConfigurationProperties("briefings.mongo.timeouts")
public record MongoTimeoutProperties(@DefaultValue("30s") Duration serverSelection,
		@DefaultValue("10s") Duration connect, @DefaultValue("15s") Duration read,
		@DefaultValue("10s") Duration operation, @DefaultValue("3s") Duration embeddedServerSelection) {

}
