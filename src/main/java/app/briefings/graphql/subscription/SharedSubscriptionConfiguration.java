package app.briefings.graphql.subscription;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;

/**
 * Installs the shared subscription strategy, with the exception resolvers Spring for
 * GraphQL gives its own strategies (a strategy set by hand does not get the default
 * handler).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SharedSubscriptionProperties.class)
class SharedSubscriptionConfiguration {

	@Bean
	SharedEventResults sharedEventResults(SharedSubscriptionProperties properties, Clock clock) {
		return new SharedEventResults(properties.maxEntries(), properties.maxSize().toBytes(), properties.reuseFor(),
				clock);
	}

	@Bean
	GraphQlSourceBuilderCustomizer sharedSubscriptionExecution(SharedSubscriptionProperties properties,
			ObjectProvider<DataFetcherExceptionResolver> resolvers, SharedEventResults results) {
		return (builder) -> {
			if (!properties.enabled()) {
				return;
			}
			builder.configureGraphQl(
					(graphQl) -> graphQl.subscriptionExecutionStrategy(new SharedSubscriptionExecutionStrategy(
							DataFetcherExceptionResolver.createExceptionHandler(resolvers.orderedStream().toList()),
							results, CallerRights::of)));
		};
	}

}
