package app.briefings.operation;

import app.briefings.entity.EntityRedirects;
import app.briefings.graphql.node.NodeResolver;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lets {@code node(id)}, also with the ID of an entity merged into another, find
 * operations.
 */
@Configuration(proxyBeanMethods = false)
class OperationNodes {

	@Bean
	NodeResolver operationNodeResolver(OperationRepository operations, EntityRedirects redirects) {
		return redirects.nodeResolver("Operation", "operations", operations::findByIdIn, Operation::id);
	}

}
