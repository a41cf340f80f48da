package app.briefings.budget;

import java.time.Clock;
import java.util.function.Supplier;

import app.briefings.limits.Caller;
import app.briefings.limits.QueryShape;
import graphql.GraphQLContext;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

/**
 * {@link BudgetInstrumentation} builds the normalized operation only when a field may be
 * priced.
 */
class BudgetInstrumentationTests {

	private final BudgetInstrumentation instrumentation = new BudgetInstrumentation(
			new Budgets(new InMemoryBudgetStore(),
					new BudgetProperties(true, 5000, 1000, BudgetProperties.Store.MEMORY), Clock.systemUTC()));

	@Test
	void shouldChargeASubscriptionItsSizeWithoutNormalizingIt() {
		ExecutionContext context = context(
				"subscription S($after: String) { briefingChanged(after: $after) { cursor } }");
		BudgetReport report = context.getGraphQLContext().get(BudgetReport.class);

		this.instrumentation.beginExecuteOperation(new InstrumentationExecuteOperationParameters(context), null);

		then(context).should(never()).getNormalizedQueryTree();
		assertThat(report.requested()).isEqualTo(3);
	}

	@Test
	void shouldNormalizeAnOperationThatMaySelectAPricedField() {
		ExecutionContext context = context("query Q { found: search(query: \"x\", first: 5) { edges { cursor } } }");
		ExecutableNormalizedOperation normalized = mock(ExecutableNormalizedOperation.class);
		Supplier<ExecutableNormalizedOperation> tree = () -> normalized;
		given(context.getNormalizedQueryTree()).willReturn(tree);

		this.instrumentation.beginExecuteOperation(new InstrumentationExecuteOperationParameters(context), null);

		then(context).should().getNormalizedQueryTree();
	}

	private static ExecutionContext context(String query) {
		OperationDefinition operation = Parser.parse(query).getDefinitionsOfType(OperationDefinition.class).get(0);
		GraphQLContext graphQlContext = GraphQLContext.newContext()
			.of(Caller.class, new Caller("address:127.0.0.1", true), QueryShape.class,
					new QueryShape(2, 0, 2, 1, 300, false, false, null, 0), BudgetReport.class, new BudgetReport())
			.build();
		ExecutionContext context = mock(ExecutionContext.class);
		given(context.getGraphQLContext()).willReturn(graphQlContext);
		given(context.getOperationDefinition()).willReturn(operation);
		return context;
	}

}
