package app.briefings.operation;

import app.briefings.entity.EntityFields;
import app.briefings.entity.MergeFollowingLookup;
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
	NodeResolver operationNodeResolver(OperationRepository operations, MergeFollowingLookup lookup) {
		return NodeResolver.of("Operation",
				(ids) -> lookup.findByIds(EntityFields.OPERATIONS, ids, operations::findByIdIn, Operation::id));
	}

}
