package app.briefings.mongo;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.mongodb.WriteConcern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Driver timeouts for a replica set: server selection waits long enough to ride out an
 * election, connections and replies are bounded, and the commands of a request carry the
 * time it has left as their server-side limit ({@link RequestTimeLimit}); and durable
 * writes: a write is acknowledged only once a majority of the replica set has written it
 * to its journal.
 */
@Configuration(proxyBeanMethods = false)
class MongoClientConfiguration {

	/**
	 * The embedded server runs in this process and never holds an election, so selecting
	 * it waits only {@link MongoTimeoutProperties#embeddedServerSelection()}: when it is
	 * down, requests answer {@code UNAVAILABLE} within seconds instead of timing out.
	 */
	@Bean
	MongoClientSettingsBuilderCustomizer replicaSetTimeouts(MongoTimeoutProperties timeouts,
			ObjectProvider<EmbeddedMongoServer> embedded) {
		Duration serverSelection = (embedded.getIfAvailable() != null) ? timeouts.embeddedServerSelection()
				: timeouts.serverSelection();
		return (settings) -> settings
			.applyToClusterSettings(
					(cluster) -> cluster.serverSelectionTimeout(serverSelection.toMillis(), TimeUnit.MILLISECONDS))
			.applyToSocketSettings(
					(socket) -> socket.connectTimeout((int) timeouts.connect().toMillis(), TimeUnit.MILLISECONDS)
						.readTimeout((int) timeouts.read().toMillis(), TimeUnit.MILLISECONDS));
	}

	/**
	 * Write concern {@code majority} with {@code j: true} unless the connection string
	 * names one: an acknowledged write then survives the primary's crash or a failover
	 * (the driver's default, {@code w: 1}, can be rolled back by a failover and may sit
	 * unjournaled for up to 100 ms).
	 */
	@Bean
	MongoClientSettingsBuilderCustomizer durableWrites(MongoConnectionDetails connection) {
		if (connection.getConnectionString().getWriteConcern() != null) {
			return (settings) -> {
			};
		}
		return (settings) -> settings.writeConcern(WriteConcern.MAJORITY.withJournal(true));
	}

}
