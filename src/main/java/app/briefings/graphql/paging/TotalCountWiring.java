package app.briefings.graphql.paging;

import java.util.List;

import graphql.schema.DataFetcher;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.WiringFactory;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * Resolves {@code totalCount} on every {@code *Connection} type from the
 * {@link Connection}'s {@link TotalCount}, so the count query runs only when a client
 * selects the field. A connection field that failed has no {@link Connection} (Spring for
 * GraphQL puts an empty one of its own in its place): its count is 0, like its empty
 * edges, so the failure answers one error (a null for the non-null {@code totalCount}
 * would add a second, uncoded one).
 */
@Component
class TotalCountWiring implements RuntimeWiringConfigurer {

	private static final DataFetcher<Object> TOTAL_COUNT = (environment) -> {
		if (environment.getSource() instanceof Connection<?> connection) {
			return connection.totalCount().count(environment);
		}
		return 0;
	};

	@Override
	public void configure(RuntimeWiring.Builder builder) {
	}

	@Override
	public void configure(RuntimeWiring.Builder builder, List<WiringFactory> container) {
		container.add(new TotalCountFactory());
	}

	/** Provides the fetcher for {@code totalCount} fields of connection types. */
	private static final class TotalCountFactory implements WiringFactory {

		@Override
		public boolean providesDataFetcher(FieldWiringEnvironment environment) {
			return environment.getParentType().getName().endsWith("Connection")
					&& environment.getFieldDefinition().getName().equals("totalCount");
		}

		@Override
		public DataFetcher<?> getDataFetcher(FieldWiringEnvironment environment) {
			return TOTAL_COUNT;
		}

	}

}
