package app.briefings.security;

import java.util.Set;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

import org.springframework.security.access.AccessDeniedException;

/**
 * Guards every field of the root types, so that a new query or mutation is protected
 * without anyone remembering to: queries and subscriptions need read access (a key, or
 * anonymous reading switched on), mutations need a key. Controllers narrow this further
 * with {@code @PreAuthorize}. Introspection stays open: the schema is public.
 */
final class RootFieldGuard extends GraphQLTypeVisitorStub {

	private static final Set<String> READ_ROOTS = Set.of("Query", "Subscription");

	private static final String MUTATION_ROOT = "Mutation";

	private final AccessRules access;

	RootFieldGuard(AccessRules access) {
		this.access = access;
	}

	@Override
	public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
			TraverserContext<GraphQLSchemaElement> context) {
		if (!(context.getParentNode() instanceof GraphQLObjectType parent) || field.getName().startsWith("__")) {
			return TraversalControl.CONTINUE;
		}
		if (!READ_ROOTS.contains(parent.getName()) && !MUTATION_ROOT.equals(parent.getName())) {
			return TraversalControl.CONTINUE;
		}
		GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
		FieldCoordinates coordinates = FieldCoordinates.coordinates(parent, field);
		DataFetcher<?> fetcher = registry.getDataFetcher(coordinates, field);
		registry.dataFetcher(coordinates, guarded(fetcher, MUTATION_ROOT.equals(parent.getName())));
		return TraversalControl.CONTINUE;
	}

	private DataFetcher<?> guarded(DataFetcher<?> fetcher, boolean mutation) {
		return (environment) -> {
			if (mutation && !this.access.hasAnyRole(AccessRules.caller())) {
				throw new AccessDeniedException("Mutations need an API key");
			}
			if (!mutation && !this.access.mayRead(AccessRules.caller())) {
				throw new AccessDeniedException("Reading needs an API key");
			}
			return fetcher.get(environment);
		};
	}

}
