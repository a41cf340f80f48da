package app.briefings.graphql;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import graphql.GraphQLContext;
import org.dataloader.DataLoader;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.DefaultBatchLoaderRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry makes a loader of a registered name on first request, once, bound to its
 * operation's context, and none of the names nobody asks for.
 */
class OnDemandDataLoaderRegistryTests {

	private final BatchLoaderRegistry registrations = new DefaultBatchLoaderRegistry();

	@Test
	void shouldMakeOnlyTheLoadersAskedForOnceEach() {
		register("first");
		register("second");
		register("third");
		OnDemandDataLoaderRegistry registry = new OnDemandDataLoaderRegistry(
				DataLoaderTemplates.of(List.of(this.registrations)), GraphQLContext.newContext().build(), Map.of(),
				null);

		DataLoader<String, String> first = registry.getDataLoader("first");

		assertThat(first).isNotNull();
		assertThat(registry.<String, String>getDataLoader("first")).isSameAs(first);
		assertThat(registry.getKeys()).containsExactly("first");
		assertThat(registry.<String, String>getDataLoader("unknown")).isNull();
		assertThat(registry.getKeys()).containsExactly("first");
	}

	@Test
	void shouldBatchWithTheContextOfItsOwnOperation() throws Exception {
		this.registrations.<String, String>forName("greeting")
			.registerMappedBatchLoader((keys, environment) -> Mono.just(Map.of(keys.iterator().next(),
					environment.<GraphQLContext>getContext().get("caller") + " " + keys.size())));
		DataLoaderTemplates templates = DataLoaderTemplates.of(List.of(this.registrations));
		OnDemandDataLoaderRegistry alice = new OnDemandDataLoaderRegistry(templates,
				GraphQLContext.newContext().of("caller", "alice").build(), Map.of(), null);
		OnDemandDataLoaderRegistry bob = new OnDemandDataLoaderRegistry(templates,
				GraphQLContext.newContext().of("caller", "bob").build(), Map.of(), null);

		CompletableFuture<String> forAlice = alice.<String, String>getDataLoader("greeting").load("k");
		CompletableFuture<String> forBob = bob.<String, String>getDataLoader("greeting").load("k");
		alice.dispatchAll();
		bob.dispatchAll();

		assertThat(forAlice.get(5, TimeUnit.SECONDS)).isEqualTo("alice 1");
		assertThat(forBob.get(5, TimeUnit.SECONDS)).isEqualTo("bob 1");
	}

	private void register(String name) {
		this.registrations.<String, String>forName(name)
			.registerMappedBatchLoader((keys, environment) -> Mono.just(Map.of()));
	}

}
