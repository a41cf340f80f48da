package app.briefings.graphql.node;

import java.util.List;

import graphql.language.ObjectTypeDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.schema.DataFetcher;
import graphql.schema.PropertyDataFetcher;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.WiringFactory;

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
			String typeName = environment.getParentType().getName();
			DataFetcher<?> storedId = PropertyDataFetcher.fetching("id");
			return (fetching) -> {
				Object id = storedId.get(fetching);
				return (id != null) ? GlobalId.encode(typeName, id.toString()) : null;
			};
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

}
