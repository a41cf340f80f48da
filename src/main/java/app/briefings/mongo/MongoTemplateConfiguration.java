package app.briefings.mongo;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;

/**
 * Replaces Boot's {@link MongoTemplate} with one that bounds every command sent for a
 * request by that request's remaining time, at most
 * {@link MongoTimeoutProperties#operation()}, and provides the {@link SharedCommit} of
 * runs of writes.
 */
@Configuration(proxyBeanMethods = false)
class MongoTemplateConfiguration {

	@Bean
	MongoTemplate mongoTemplate(MongoDatabaseFactory factory, MongoConverter converter,
			MongoTimeoutProperties timeouts) {
		return new RequestBoundMongoTemplate(factory, converter, new RequestTimeLimit(timeouts.operation()));
	}

	/**
	 * Shared commits on the embedded server only: elsewhere every write keeps its write
	 * concern.
	 */
	@Bean
	SharedCommit sharedCommit(MongoTemplate mongo, ObjectProvider<EmbeddedMongoServer> embedded) {
		return (embedded.getIfAvailable() != null) ? new SharedCommit(mongo) : SharedCommit.none();
	}

}
