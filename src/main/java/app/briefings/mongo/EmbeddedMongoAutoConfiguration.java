package app.briefings.mongo;

import com.mongodb.ConnectionString;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Starts the embedded MongoDB server when nothing else says where MongoDB is: no
 * {@code spring.mongodb.uri} or host, and no {@link MongoConnectionDetails} from
 * Testcontainers or Docker Compose.
 */
@AutoConfiguration(before = MongoAutoConfiguration.class,
		afterName = "org.springframework.boot.testcontainers.service.connection.ServiceConnectionAutoConfiguration")
@ConditionalOnMissingBean(MongoConnectionDetails.class)
@Conditional(NoMongoAddressCondition.class)
@EnableConfigurationProperties(EmbeddedMongoProperties.class)
public final class EmbeddedMongoAutoConfiguration {

	@Bean(destroyMethod = "close")
	@ConditionalOnProperty(name = "briefings.mongo.embedded.enabled", havingValue = "true", matchIfMissing = true)
	EmbeddedMongoServer embeddedMongoServer(EmbeddedMongoProperties properties) {
		return EmbeddedMongoServer.start(properties);
	}

	@Bean
	@ConditionalOnProperty(name = "briefings.mongo.embedded.enabled", havingValue = "true", matchIfMissing = true)
	MongoConnectionDetails embeddedMongoConnectionDetails(EmbeddedMongoServer server) {
		ConnectionString connectionString = server.connectionString();
		return () -> connectionString;
	}

	@Bean
	@ConditionalOnProperty(name = "briefings.mongo.embedded.enabled", havingValue = "true", matchIfMissing = true)
	ShutdownHistory embeddedShutdownHistory(EmbeddedMongoServer server) {
		return server::closedCleanlyBeforeThisStart;
	}

	@Bean
	@ConditionalOnProperty(name = "briefings.mongo.embedded.enabled", havingValue = "false")
	MongoConnectionDetails missingMongoConnectionDetails() {
		throw new MongoNotConfiguredException();
	}

}
