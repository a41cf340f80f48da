package app.briefings.mongo;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The driver settings the application applies for a replica set: server selection that
 * outlasts an election, bounded connections and replies, majority journaled writes.
 */
class MongoClientConfigurationTests {

	private final MongoClientConfiguration configuration = new MongoClientConfiguration();

	@Test
	void shouldWaitLongEnoughForServerSelectionToRideOutAnElection() {
		MongoClientSettings settings = apply(defaults());
		assertThat(settings.getClusterSettings().getServerSelectionTimeout(TimeUnit.SECONDS))
			.isGreaterThanOrEqualTo(30);
		assertThat(settings.getSocketSettings().getConnectTimeout(TimeUnit.SECONDS)).isEqualTo(10);
		assertThat(settings.getSocketSettings().getReadTimeout(TimeUnit.SECONDS)).isEqualTo(15);
	}

	@Test
	void shouldLimitUserFacingQueriesToTheRequestTimeoutByDefault() {
		assertThat(defaults().operation()).isEqualTo(Duration.ofSeconds(10));
	}

	@Test
	void shouldAcknowledgeWritesOnlyOnceAMajorityJournaledThem() {
		MongoClientSettings.Builder builder = MongoClientSettings.builder();
		this.configuration.durableWrites(connection("mongodb://localhost/briefings?replicaSet=rs0")).customize(builder);
		assertThat(builder.build().getWriteConcern()).isEqualTo(WriteConcern.MAJORITY.withJournal(true));
	}

	@Test
	void shouldKeepAWriteConcernTheConnectionStringNames() {
		MongoClientSettings.Builder builder = MongoClientSettings.builder();
		this.configuration.durableWrites(connection("mongodb://localhost/briefings?w=1")).customize(builder);
		assertThat(builder.build().getWriteConcern()).isEqualTo(WriteConcern.ACKNOWLEDGED);
	}

	private MongoClientSettings apply(MongoTimeoutProperties timeouts) {
		MongoClientSettings.Builder builder = MongoClientSettings.builder();
		this.configuration
			.replicaSetTimeouts(timeouts, new StaticListableBeanFactory().getBeanProvider(EmbeddedMongoServer.class))
			.customize(builder);
		return builder.build();
	}

	private static MongoTimeoutProperties defaults() {
		Binder binder = new Binder(new MapConfigurationPropertySource());
		return binder.bindOrCreate("briefings.mongo.timeouts", Bindable.of(MongoTimeoutProperties.class));
	}

	private static MongoConnectionDetails connection(String uri) {
		return () -> new ConnectionString(uri);
	}

}
