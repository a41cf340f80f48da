package app.briefings.graphql.node;

import java.util.List;

import graphql.language.ObjectTypeDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.PropertyDataFetcher;
import graphql.TrivialDataFetcher;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.WiringFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * Serves the {@code id} field of every type implementing {@code Node} as a global ID, so
 * that controllers and documents keep working with stored ids.
 */
@Configuration(proxyBeanMethods = false)
public class GlobalIdConfiguration {

	@Bean
	RuntimeWiringConfigurer globalIds() {
		return new RuntimeWiringConfigurer() {

			@Override
			public void configure(RuntimeWiring.Builder builder) {
			}

			@Override
			public void configure(RuntimeWiring.Builder builder, List<WiringFactory> container) {
				container.add(new GlobalIdWiringFactory());
			}

		};
	}

	/**
	 * Provides the global ID data fetcher for {@code id} fields of {@code Node} types.
	 */
	static class GlobalIdWiringFactory implements WiringFactory {

		@Override
		public boolean providesDataFetcher(FieldWiringEnvironment environment) {
			return environment.getFieldDefinition().getName().equals("id")
					&& environment.getParentType() instanceof ObjectTypeDefinition type && implementsNode(type);
		}

		@Override
		public DataFetcher<?> getDataFetcher(FieldWiringEnvironment environment) {
			return new GlobalIdFetcher(environment.getParentType().getName());
		}

		private static boolean implementsNode(ObjectTypeDefinition type) {
			for (Type<?> implemented : type.getImplements()) {
				if (implemented instanceof TypeName name && name.getName().equals("Node")) {
					return true;
				}
			}
			return false;
		}

	}

	/**
	 * Encodes the stored id of a type's object as its global ID. It reads a property and
	 * nothing else, so it is a {@link TrivialDataFetcher}: it runs without the
	 * thread-local context and observation wrapped around fetchers that do I/O.
	 */
	static final class GlobalIdFetcher implements TrivialDataFetcher<String> {

		private static final DataFetcher<?> STORED_ID = PropertyDataFetcher.fetching("id");

		private final String typeName;

		GlobalIdFetcher(String typeName) {
			this.typeName = typeName;
		}

		@Override
		public @Nullable String get(DataFetchingEnvironment environment) throws Exception {
			Object id = STORED_ID.get(environment);
			return (id != null) ? GlobalId.encode(this.typeName, id.toString()) : null;
		}

	}

}
