package app.briefings.graphql.subscription;

import java.time.Clock;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.binder.MeterBinder;

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
	SharedPayloads sharedPayloads(SharedEventResults results) {
		return new SharedPayloads(results);
	}

	/**
	 * Counts the selection sets run and the results reused, as
	 * {@code briefings.subscriptions.shared.runs} and {@code ...reuses} (of which
	 * {@code ...held.deliveries} skipped graphql-java's per-event execution), and the
	 * JSON encodings of shared results made and reused ({@code ...encodings},
	 * {@code ...encoding.reuses}).
	 */
	@Bean
	MeterBinder sharedSubscriptionMetrics(SharedEventResults results) {
		return (registry) -> {
			FunctionCounter.builder("briefings.subscriptions.shared.runs", results, SharedEventResults::executions)
				.description("Subscription events whose selection set was run for a share key")
				.register(registry);
			FunctionCounter.builder("briefings.subscriptions.shared.reuses", results, SharedEventResults::reuses)
				.description("Subscription events that reused the result another subscriber ran")
				.register(registry);
			FunctionCounter
				.builder("briefings.subscriptions.shared.held.deliveries", results, SharedEventResults::heldDeliveries)
				.description("Reused subscription results delivered without graphql-java's per-event execution")
				.register(registry);
			FunctionCounter.builder("briefings.subscriptions.shared.encodings", results, SharedEventResults::encodings)
				.description("Shared subscription results written as JSON (once each)")
				.register(registry);
			FunctionCounter
				.builder("briefings.subscriptions.shared.encoding.reuses", results, SharedEventResults::encodingReuses)
				.description("Subscription events sent with the JSON written for another subscriber")
				.register(registry);
		};
	}

	@Bean
	GraphQlSourceBuilderCustomizer sharedSubscriptionExecution(SharedSubscriptionProperties properties,
			ObjectProvider<DataFetcherExceptionResolver> resolvers, SharedEventResults results,
			SubscriberRights rights) {
		return (builder) -> {
			if (!properties.enabled()) {
				return;
			}
			builder.configureGraphQl(
					(graphQl) -> graphQl.subscriptionExecutionStrategy(new SharedSubscriptionExecutionStrategy(
							DataFetcherExceptionResolver.createExceptionHandler(resolvers.orderedStream().toList()),
							results, rights)));
		};
	}

}
