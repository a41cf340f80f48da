package app.briefings.graphql;

import org.dataloader.DataLoaderOptions;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.DefaultBatchLoaderRegistry;

/**
 * Data loaders batch the keys of a request into one load but keep no per-request cache of
 * them. The keys are whole records (a briefing with its body, quotes and mentions) that a
 * cache hashes again on every load, while the batch functions already merge repeated keys
 * and ids into one query, so the cache cost CPU and saved no command.
 */
@Configuration(proxyBeanMethods = false)
class DataLoaderConfiguration {

	@Bean
	BatchLoaderRegistry batchLoaderRegistry() {
		return new DefaultBatchLoaderRegistry(() -> DataLoaderOptions.newOptions().setCachingEnabled(false).build());
	}

}
