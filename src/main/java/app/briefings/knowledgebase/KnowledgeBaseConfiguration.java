package app.briefings.knowledgebase;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Loads the curated knowledge base and builds the extractor over it before the server takes
 * requests.
 */
@Configuration(proxyBeanMethods = false)
class KnowledgeBaseConfiguration {

	@Bean
	LinkingExtractor linkingExtractor(MongoOperations mongo) {
		return new LinkingExtractor(mongo);
	}

	@Bean
	EntityRegistry entityRegistry(MongoOperations mongo, LinkingExtractor extractor) {
		return new EntityRegistry(mongo, extractor);
	}

	@Bean
	SmartInitializingSingleton curatedKnowledgeBaseLoader(MongoOperations mongo, LinkingExtractor extractor) {
		return () -> {
			new CuratedDataImporter(mongo).importAll();
			extractor.refresh();
		};
	}

}
