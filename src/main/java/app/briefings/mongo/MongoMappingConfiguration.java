package app.briefings.mongo;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

/**
 * Stores {@code java.time} values with the driver's own codecs, in UTC, so that a
 * {@code LocalDate} keeps its calendar day whatever the server's time zone.
 */
@Configuration(proxyBeanMethods = false)
class MongoMappingConfiguration {

	@Bean
	MongoCustomConversions mongoCustomConversions() {
		return MongoCustomConversions
			.create(MongoCustomConversions.MongoConverterConfigurationAdapter::useNativeDriverJavaTimeCodecs);
	}

}
