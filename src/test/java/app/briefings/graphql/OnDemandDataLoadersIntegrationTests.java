package app.briefings.graphql;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import app.briefings.IntegrationTest;
import graphql.GraphQLContext;
import org.dataloader.DataLoaderRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operation holds only the data loaders its fields used: a held subscription none, a
 * feed page the one of each batch mapping it selected, while the application registers
 * dozens.
 */
@IntegrationTest
class OnDemandDataLoadersIntegrationTests {

	@Autowired
	ExecutionGraphQlService service;

	@Autowired
	BatchLoaderRegistry batchLoaderRegistry;

	@Test
	void shouldGiveASubscriptionNoDataLoaderBeforeAnEventUsesOne() {
		ExecutionGraphQlResponse response = execute(
				"subscription { briefingPublished { id title officials { name } } }");

		assertThat(registeredLoaders()).isGreaterThan(10);
		assertThat(response.getExecutionInput().getDataLoaderRegistry().getDataLoaders())
			.as("data loaders registered before execution")
			.isEmpty();
		assertThat(registryOf(response).getDataLoaders()).as("data loaders made during execution").isEmpty();
	}

	@Test
	void shouldMakeOnlyTheDataLoadersTheSelectedBatchMappingsUse() {
		ExecutionGraphQlResponse response = execute(
				"{ briefings(first: 5) { edges { node { officials { name } } } } }");

		assertThat(response.getErrors()).isEmpty();
		List<Map<String, Object>> edges = response.field("briefings.edges").getValue();
		assertThat(edges).isNotEmpty()
			.anySatisfy((edge) -> assertThat(edge).extractingByKey("node")
				.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
				.extractingByKey("officials")
				.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
				.isNotEmpty());
		assertThat(registryOf(response).getKeys()).containsExactly("officialsById");
	}

	private ExecutionGraphQlResponse execute(String document) {
		return this.service
			.execute(new DefaultExecutionGraphQlRequest(document, null, null, null, "on-demand-" + document.hashCode(),
					null))
			.block(Duration.ofSeconds(30));
	}

	private static DataLoaderRegistry registryOf(ExecutionGraphQlResponse response) {
		DataLoaderRegistry registry = OnDemandDataLoaders.registryOf(response.getExecutionInput().getGraphQLContext());
		assertThat(registry).as("the registry the operation ran with").isNotNull();
		return registry;
	}

	private int registeredLoaders() {
		DataLoaderRegistry eager = new DataLoaderRegistry();
		this.batchLoaderRegistry.registerDataLoaders(eager, GraphQLContext.newContext().build());
		return eager.getDataLoaders().size();
	}

}
