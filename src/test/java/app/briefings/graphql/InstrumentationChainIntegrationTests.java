package app.briefings.graphql;

import java.util.List;

import app.briefings.IntegrationTest;
import graphql.execution.instrumentation.Instrumentation;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's GraphQL runs every instrumentation bean, in the order Spring for
 * GraphQL would chain them, through the {@link InstrumentationChain}.
 */
@IntegrationTest
class InstrumentationChainIntegrationTests {

	@Autowired
	GraphQlSource source;

	@Autowired
	ObjectProvider<Instrumentation> instrumentations;

	@Test
	void shouldRunEveryInstrumentationInOrderThroughTheChain() {
		List<Instrumentation> ordered = this.instrumentations.orderedStream().toList();

		assertThat(this.source.graphQl().getInstrumentation()).isInstanceOfSatisfying(InstrumentationChain.class,
				(chain) -> assertThat(chain.instrumentations()).containsExactlyElementsOf(ordered));
		assertThat(ordered).hasSizeGreaterThan(5);
	}

}
