package app.briefings.graphql;

import java.util.List;

import org.dataloader.DataLoaderOptions;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.DefaultBatchLoaderRegistry;
import org.springframework.graphql.execution.DefaultExecutionGraphQlService;
import org.springframework.graphql.execution.GraphQlSource;

/**
 * Data loaders batch the keys of a request into one load but keep no per-request cache of
 * them. The keys are whole records (a briefing with its body, quotes and mentions) that a
 * cache hashes again on every load, while the batch functions already merge repeated keys
 * and ids into one query, so the cache cost CPU and saved no command. Each operation
 * makes a loader only when a field first uses it ({@link OnDemandDataLoaders}), so that a
 * held subscription does not keep one of each: the execution service registers none up
 * front.
 */
@Configuration(proxyBeanMethods = false)
class DataLoaderConfiguration {

	@Bean
	BatchLoaderRegistry batchLoaderRegistry() {
		return new DefaultBatchLoaderRegistry(() -> DataLoaderOptions.newOptions().setCachingEnabled(false).build());
	}

	@Bean
	ExecutionGraphQlService executionGraphQlService(GraphQlSource source) {
		return new DefaultExecutionGraphQlService(source);
	}

	@Bean
	OnDemandDataLoaders onDemandDataLoaders(BatchLoaderRegistry batchLoaderRegistry) {
		return new OnDemandDataLoaders(List.of(batchLoaderRegistry));
	}

}
