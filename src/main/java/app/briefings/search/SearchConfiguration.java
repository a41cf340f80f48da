package app.briefings.search;

import java.nio.file.Path;

import app.briefings.mongo.EmbeddedMongoProperties.Storage;
import app.briefings.mongo.EmbeddedMongoProperties;
import app.briefings.mongo.EmbeddedMongoServer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The search index of this instance: embedded Lucene in a folder when one is configured
 * or when the embedded server keeps its data in a file (then next to that data), in
 * memory otherwise; or, with {@code briefings.search.engine=opensearch}, an OpenSearch
 * index shared by every instance.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	static final String EMBEDDED_FOLDER = "search-index";

	private static final Logger logger = LoggerFactory.getLogger(SearchConfiguration.class);

	@Bean(destroyMethod = "close")
	@ConditionalOnProperty(name = "briefings.search.engine", havingValue = "lucene", matchIfMissing = true)
	LuceneSearchIndex searchIndex(SearchProperties properties, ObjectProvider<EmbeddedMongoServer> embeddedServer,
			ObjectProvider<EmbeddedMongoProperties> embeddedProperties) {
		Path folder = folder(properties,
				(embeddedServer.getIfAvailable() != null) ? embeddedProperties.getIfAvailable() : null);
		if (folder == null) {
			logger.info("Search index: in memory");
			return LuceneSearchIndex.inMemory();
		}
		LuceneSearchIndex index = LuceneSearchIndex.onDisk(folder, properties.commitInterval());
		logger.info("Search index: {} ({})", folder.toAbsolutePath(), index.condition());
		return index;
	}

	@Bean(destroyMethod = "close")
	@ConditionalOnProperty(name = "briefings.search.engine", havingValue = "opensearch")
	OpenSearchSearchIndex openSearchIndex(SearchProperties properties) {
		logger.info("Search index: OpenSearch at {}, index {}", properties.opensearch().url(),
				properties.opensearch().index());
		return OpenSearchSearchIndex.connect(properties.opensearch().url(), properties.opensearch().index());
	}

	static @Nullable Path folder(SearchProperties properties, @Nullable EmbeddedMongoProperties embedded) {
		if (properties.indexPath() != null) {
			return properties.indexPath();
		}
		if (embedded != null && embedded.storage() == Storage.FILE) {
			return embedded.path().resolve(EMBEDDED_FOLDER);
		}
		return null;
	}

}
