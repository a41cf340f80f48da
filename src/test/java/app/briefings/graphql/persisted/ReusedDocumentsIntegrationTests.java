package app.briefings.graphql.persisted;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import app.briefings.IntegrationTest;
import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Document;
import graphql.parser.ParserOptions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's GraphQL parses and validates a document sent in full once for equal
 * requests, as a burst of subscribers sends, and again under another token limit.
 */
@IntegrationTest
class ReusedDocumentsIntegrationTests {

	@Autowired
	GraphQlSource graphQlSource;

	@Test
	void shouldParseTenEqualRequestsOnce() {
		AtomicInteger parses = new AtomicInteger();
		GraphQL graphQl = countingParses(parses);
		String query = "{ __typename } # " + UUID.randomUUID();

		for (int i = 0; i < 10; i++) {
			assertThat(graphQl.execute(input(query, 5000)).getErrors()).isEmpty();
		}

		assertThat(parses).hasValue(1);
	}

	@Test
	void shouldParseAgainUnderAnotherTokenLimit() {
		AtomicInteger parses = new AtomicInteger();
		GraphQL graphQl = countingParses(parses);
		String query = "{ __typename } # " + UUID.randomUUID();

		graphQl.execute(input(query, 15000));
		graphQl.execute(input(query, 5000));
		graphQl.execute(input(query, 5000));

		assertThat(parses).hasValue(2);
	}

	@Test
	void shouldStillRefuseADocumentOverTheSmallerTokenLimit() {
		GraphQL graphQl = countingParses(new AtomicInteger());
		String query = "{ a: __typename b: __typename c: __typename } # " + UUID.randomUUID();

		assertThat(graphQl.execute(input(query, 100)).getErrors()).isEmpty();
		assertThat(graphQl.execute(input(query, 5)).getErrors()).isNotEmpty();
	}

	private GraphQL countingParses(AtomicInteger parses) {
		return this.graphQlSource.graphQl().transform((builder) -> builder.instrumentation(new ParseCounter(parses)));
	}

	private static ExecutionInput input(String query, int maxTokens) {
		ParserOptions options = ParserOptions.getDefaultOperationParserOptions()
			.transform((builder) -> builder.maxTokens(maxTokens));
		return ExecutionInput.newExecutionInput(query).graphQLContext(Map.of(ParserOptions.class, options)).build();
	}

	/** Counts the documents graphql-java parses. */
	private static final class ParseCounter extends SimplePerformantInstrumentation {

		private final AtomicInteger parses;

		ParseCounter(AtomicInteger parses) {
			this.parses = parses;
		}

		@Override
		public @Nullable InstrumentationContext<Document> beginParse(InstrumentationExecutionParameters parameters,
				InstrumentationState state) {
			this.parses.incrementAndGet();
			return super.beginParse(parameters, state);
		}

	}

}
