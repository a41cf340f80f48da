package app.briefings.mongo;

import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

/** Registers the MongoDB health check under the name Boot's own one backs off for. */
@Configuration(proxyBeanMethods = false)
class MongoHealthConfiguration {

	@Bean
	HealthIndicator mongoHealthContributor(MongoOperations mongo) {
		return new MongoPingHealthIndicator(mongo);
	}

}
