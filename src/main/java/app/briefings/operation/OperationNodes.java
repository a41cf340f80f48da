package app.briefings.operation;

import app.briefings.graphql.NodeResolver;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Lets {@code node(id)} find operations. */
@Configuration(proxyBeanMethods = false)
class OperationNodes {

	@Bean
	NodeResolver operationNodeResolver(OperationRepository operations) {
		return NodeResolver.of("Operation", operations::findByIdIn, Operation::id);
	}

}
