package app.briefings.graphql;

import graphql.execution.instrumentation.Instrumentation;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs the application's instrumentations as one {@link InstrumentationChain}, in place
 * of the chain Spring for GraphQL builds of the same beans in the same order.
 */
@Configuration(proxyBeanMethods = false)
class InstrumentationChainConfiguration {

	@Bean
	GraphQlSourceBuilderCustomizer instrumentationChain(ObjectProvider<Instrumentation> instrumentations) {
		return (builder) -> builder.configureGraphQl((graphQl) -> graphQl
			.instrumentation(new InstrumentationChain(instrumentations.orderedStream().toList())));
	}

}
