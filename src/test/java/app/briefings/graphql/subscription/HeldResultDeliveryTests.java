package app.briefings.graphql.subscription;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.SimpleDataFetcherExceptionHandler;
import graphql.execution.SubscriptionExecutionStrategy;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Events whose shared result is already finished skip graphql-java's per-event execution:
 * counted by an instrumentation that sees each executed event, with results (and their
 * JSON) equal to those of graphql-java's own strategy, in the source's order, errors
 * included.
 */
class HeldResultDeliveryTests {

	private static final String SCHEMA = """
			type Query { ok: Boolean }
			type Subscription { events(only: [ID!]): Event }
			type Event { id: ID! detail: String failing: String }
			""";

	private static final String QUERY = "subscription { changed: events { id detail } }";

	private static final Map<String, Event> EVENTS = Map.of("a", new Event("a"), "b", new Event("b"), "c",
			new Event("c"), "boom", new Event("boom"));

	private final AtomicInteger executedEvents = new AtomicInteger();

	private final SharedEventResults results = new SharedEventResults(100, 1_000_000, Duration.ofMinutes(1),
			Clock.systemUTC());

	private final GraphQL shared = graphQl(new SharedSubscriptionExecutionStrategy(
			new SimpleDataFetcherExceptionHandler(), this.results, (context) -> "reader"));

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void shouldExecuteEachEventOnceForThreeHundredSubscribersSharingRights() {
		List<List<ExecutionResult>> received = new ArrayList<>();
		for (int subscriber = 0; subscriber < 300; subscriber++) {
			received.add(subscribe(this.shared, QUERY, "a", "b", "c"));
		}
		assertThat(this.executedEvents).hasValue(3);
		assertThat(this.results.heldDeliveries()).isEqualTo(299 * 3);
		assertThat(this.results.reuses()).isEqualTo(299 * 3);
		List<Map<String, Object>> expected = specifications(
				subscribe(graphQl(new SubscriptionExecutionStrategy()), QUERY, "a", "b", "c"));
		for (List<ExecutionResult> events : received) {
			assertThat(specifications(events)).isEqualTo(expected);
			assertThat(jsonOf(events)).isEqualTo(jsonOf(expected));
		}
	}

	@Test
	void shouldKeepTheSourcesOrderWhenHeldAndExecutedEventsAlternate() {
		subscribe(this.shared, QUERY, "a", "c");
		List<ExecutionResult> mixed = subscribe(this.shared, QUERY, "a", "b", "c");
		assertThat(mixed).extracting(HeldResultDeliveryTests::changedId).containsExactly("a", "b", "c");
		assertThat(this.executedEvents).hasValue(3);
		assertThat(this.results.heldDeliveries()).isEqualTo(2);
	}

	@Test
	void shouldExecuteEventsWithFieldErrorsForEverySubscriberAndKeepTheErrors() {
		String failing = "subscription { events { id failing } }";
		List<ExecutionResult> first = subscribe(this.shared, failing, "a");
		List<ExecutionResult> second = subscribe(this.shared, failing, "a");
		assertThat(this.results.heldDeliveries()).isZero();
		assertThat(specifications(second)).isEqualTo(specifications(first));
		assertThat(second.get(0).getErrors()).singleElement()
			.satisfies((error) -> assertThat(error.getMessage()).contains("no detail for a"));
	}

	@Test
	void shouldDeliverTheResultsBeforeTheSourcesErrorAsGraphQlJavaDoes() {
		subscribe(this.shared, QUERY, "a", "b");
		List<ExecutionResult> delivered = new ArrayList<>();
		Publisher<ExecutionResult> events = this.shared.execute(input(QUERY, "a", "b", "boom")).getData();
		assertThatThrownBy(() -> Flux.from(events).doOnNext(delivered::add).blockLast(Duration.ofSeconds(10)))
			.hasMessageContaining("source failed after b");
		assertThat(delivered).hasSize(2);
		assertThat(this.results.heldDeliveries()).isEqualTo(2);
	}

	private static Object changedId(ExecutionResult result) {
		Map<String, Map<String, Object>> data = result.getData();
		return data.get("changed").get("id");
	}

	private List<ExecutionResult> subscribe(GraphQL graphQl, String query, String... ids) {
		ExecutionResult subscribed = graphQl.execute(input(query, ids));
		assertThat(subscribed.getErrors()).isEmpty();
		Publisher<ExecutionResult> published = subscribed.getData();
		return Flux.from(published).collectList().block(Duration.ofSeconds(10));
	}

	private static ExecutionInput input(String query, String... ids) {
		return ExecutionInput.newExecutionInput(query).graphQLContext(Map.of("only", List.of(ids))).build();
	}

	private static List<Map<String, Object>> specifications(List<ExecutionResult> results) {
		return results.stream().map(ExecutionResult::toSpecification).toList();
	}

	private String jsonOf(List<?> results) {
		return this.json.writeValueAsString(results.stream()
			.map((result) -> (result instanceof ExecutionResult executed) ? executed.toSpecification() : result)
			.toList());
	}

	private GraphQL graphQl(SubscriptionExecutionStrategy strategy) {
		RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
			.type("Subscription", (type) -> type.dataFetcher("events", (env) -> {
				List<String> only = env.getGraphQlContext().get("only");
				return Flux.fromIterable(only).map((id) -> {
					if (id.equals("boom")) {
						throw new IllegalStateException("source failed after " + only.get(only.indexOf(id) - 1));
					}
					return EVENTS.get(id);
				});
			}))
			.type("Event", (type) -> type.dataFetcher("detail", (env) -> env.<Event>getSource().id().toUpperCase())
				.dataFetcher("failing", (env) -> {
					throw new IllegalStateException("no detail for " + env.<Event>getSource().id());
				}))
			.build();
		GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SCHEMA), wiring);
		return GraphQL.newGraphQL(schema)
			.subscriptionExecutionStrategy(strategy)
			.instrumentation(new EventCounter(this.executedEvents))
			.build();
	}

	/** Counts the events that went through graphql-java's per-event execution. */
	private static final class EventCounter extends SimplePerformantInstrumentation {

		private final AtomicInteger events;

		EventCounter(AtomicInteger events) {
			this.events = events;
		}

		@Override
		public @Nullable InstrumentationContext<ExecutionResult> beginSubscribedFieldEvent(
				InstrumentationFieldParameters parameters, InstrumentationState state) {
			this.events.incrementAndGet();
			return super.beginSubscribedFieldEvent(parameters, state);
		}

	}

	/** A subscription event, the same instance for every subscriber. */
	record Event(String id) {

	}

}
