package app.briefings.graphql.subscription;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.SimpleDataFetcherExceptionHandler;
import graphql.execution.SubscriptionExecutionStrategy;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared subscription strategy on a small schema, without Spring: equal subscribers
 * run an event's selection set once between them; different variables in the selection or
 * different rights run it apart and never see each other's results.
 */
class SharedSubscriptionExecutionStrategyTests {

	private static final String SCHEMA = """
			type Query { ok: Boolean }
			type Subscription { events(after: String): Event }
			type Event { id: ID! detail(loud: Boolean): String seenBy: String failing: String }
			""";

	private static final String DETAIL = """
			subscription Events($after: String, $loud: Boolean) {
			  events(after: $after) { id detail(loud: $loud) }
			}""";

	private final List<Event> events = List.of(new Event("a"), new Event("b"));

	private final AtomicInteger detailRuns = new AtomicInteger();

	private final SharedEventResults results = new SharedEventResults(100, 1_000_000, Duration.ofMinutes(1),
			Clock.systemUTC());

	private final GraphQL graphQl = graphQl(new SharedSubscriptionExecutionStrategy(
			new SimpleDataFetcherExceptionHandler(), this.results, (context) -> context.get("rights")));

	@Test
	void shouldRunTheSelectionSetOnceForEqualSubscribers() {
		List<List<ExecutionResult>> received = new ArrayList<>();
		for (int subscriber = 0; subscriber < 10; subscriber++) {
			received.add(subscribe(DETAIL, Map.of("loud", true), "reader"));
		}
		assertThat(this.detailRuns).hasValue(2);
		assertThat(this.results.executions()).isEqualTo(2);
		assertThat(this.results.reuses()).isEqualTo(18);
		for (List<ExecutionResult> subscriberEvents : received) {
			assertThat(subscriberEvents).extracting(ExecutionResult::getData)
				.containsExactly(Map.of("events", Map.of("id", "a", "detail", "A")),
						Map.of("events", Map.of("id", "b", "detail", "B")));
		}
	}

	@Test
	void shouldRunTheSelectionSetPerSubscriberWithGraphQlJavasOwnStrategy() {
		GraphQL unshared = graphQl(new SubscriptionExecutionStrategy());
		for (int subscriber = 0; subscriber < 10; subscriber++) {
			subscribe(unshared, DETAIL, Map.of("loud", true), "reader");
		}
		assertThat(this.detailRuns).hasValue(20);
	}

	@Test
	void shouldShareBetweenSubscribersThatDifferOnlyInTheRootFieldsArguments() {
		subscribe(DETAIL, Map.of("loud", true, "after", "token-1"), "reader");
		subscribe(DETAIL, Map.of("loud", true, "after", "token-2"), "reader");
		assertThat(this.detailRuns).hasValue(2);
	}

	@Test
	void shouldNotShareBetweenSubscribersWithDifferentVariablesInTheSelection() {
		List<ExecutionResult> loud = subscribe(DETAIL, Map.of("loud", true), "reader");
		List<ExecutionResult> quiet = subscribe(DETAIL, Map.of("loud", false), "reader");
		assertThat(this.detailRuns).hasValue(4);
		assertThat(loud.get(0).<Map<String, Object>>getData())
			.isEqualTo(Map.of("events", Map.of("id", "a", "detail", "A")));
		assertThat(quiet.get(0).<Map<String, Object>>getData())
			.isEqualTo(Map.of("events", Map.of("id", "a", "detail", "a")));
	}

	@Test
	void shouldNotShareBetweenSubscribersWithDifferentRights() {
		String query = "subscription { events { id seenBy detail } }";
		List<ExecutionResult> reader = subscribe(query, Map.of(), "reader");
		List<ExecutionResult> partner = subscribe(query, Map.of(), "partner-1");
		List<ExecutionResult> otherReader = subscribe(query, Map.of(), "reader");
		assertThat(this.detailRuns).hasValue(4);
		assertThat(reader).extracting(this::seenBy).containsExactly("reader", "reader");
		assertThat(partner).extracting(this::seenBy).containsExactly("partner-1", "partner-1");
		assertThat(otherReader).extracting(this::seenBy).containsExactly("reader", "reader");
	}

	@Test
	void shouldNotShareBetweenDifferentSelections() {
		subscribe("subscription { events { id detail } }", Map.of(), "reader");
		subscribe("subscription { events { id detail seenBy } }", Map.of(), "reader");
		assertThat(this.detailRuns).hasValue(4);
	}

	@Test
	void shouldGiveEverySharingSubscriberTheFieldErrorsOfTheEvent() {
		String query = "subscription { events { id failing } }";
		for (int subscriber = 0; subscriber < 3; subscriber++) {
			List<ExecutionResult> received = subscribe(query, Map.of(), "reader");
			assertThat(received).hasSize(2).allSatisfy((result) -> {
				assertThat(result.getErrors()).hasSize(1);
				assertThat(result.getErrors().get(0).getMessage()).contains("no detail for");
				assertThat(result.getErrors().get(0).getPath()).containsExactly("events", "failing");
			});
		}
		assertThat(this.results.reuses()).isEqualTo(4);
	}

	private String seenBy(ExecutionResult result) {
		Map<String, Map<String, Object>> data = result.getData();
		return (String) data.get("events").get("seenBy");
	}

	private List<ExecutionResult> subscribe(String query, Map<String, Object> variables, String rights) {
		return subscribe(this.graphQl, query, variables, rights);
	}

	private List<ExecutionResult> subscribe(GraphQL graphQl, String query, Map<String, Object> variables,
			String rights) {
		ExecutionInput input = ExecutionInput.newExecutionInput(query)
			.variables(new HashMap<>(variables))
			.graphQLContext(Map.of("rights", rights))
			.build();
		ExecutionResult subscribed = graphQl.execute(input);
		assertThat(subscribed.getErrors()).isEmpty();
		Publisher<ExecutionResult> published = subscribed.getData();
		return Flux.from(published).collectList().block(Duration.ofSeconds(10));
	}

	private GraphQL graphQl(SubscriptionExecutionStrategy strategy) {
		RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
			.type("Subscription", (type) -> type.dataFetcher("events", (env) -> Flux.fromIterable(this.events)))
			.type("Event", (type) -> type.dataFetcher("detail", (env) -> {
				this.detailRuns.incrementAndGet();
				String id = env.<Event>getSource().id();
				return Boolean.TRUE.equals(env.getArgument("loud")) ? id.toUpperCase() : id;
			}).dataFetcher("seenBy", (env) -> env.getGraphQlContext().get("rights")).dataFetcher("failing", (env) -> {
				throw new IllegalStateException("no detail for " + env.<Event>getSource().id());
			}))
			.build();
		GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SCHEMA), wiring);
		return GraphQL.newGraphQL(schema).subscriptionExecutionStrategy(strategy).build();
	}

	/** A subscription event, the same instance for every subscriber. */
	record Event(String id) {

	}

}
