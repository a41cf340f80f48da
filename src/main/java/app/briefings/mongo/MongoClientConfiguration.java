package app.briefings.mongo;

import java.util.concurrent.TimeUnit;

import com.mongodb.WriteConcern;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Short driver timeouts, so that a MongoDB outage fails requests within seconds instead
 * of parking every worker thread for the driver's default 30 s server selection; and
 * durable writes: a write is acknowledged only once a majority of the replica set has
 * written it to its journal.
 */
@Configuration(proxyBeanMethods = false)
class MongoClientConfiguration {

	@Bean
	MongoClientSettingsBuilderCustomizer shortMongoTimeouts(MongoTimeoutProperties timeouts) {
		return (settings) -> settings
			.applyToClusterSettings((cluster) -> cluster.serverSelectionTimeout(timeouts.serverSelection().toMillis(),
					TimeUnit.MILLISECONDS))
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
