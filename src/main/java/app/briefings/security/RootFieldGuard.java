package app.briefings.security;

import java.time.Duration;
import java.util.Set;

import app.briefings.graphql.error.ApiException;
import app.briefings.graphql.error.ErrorCode;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

/**
 * Guards every field of the root types, so that a new query or mutation is protected
 * without anyone remembering to: queries and subscriptions need read access (a key, or
 * anonymous reading switched on), mutations need a key. Controllers narrow this further
 * with {@code @PreAuthorize}. Introspection stays open: the schema is public. A
 * subscription made with a key ends with {@code INVALID_API_KEY} once the key is revoked
 * or rotated, whatever carries it (graphql-ws or server-sent events).
 */
final class RootFieldGuard extends GraphQLTypeVisitorStub {

	private static final Set<String> READ_ROOTS = Set.of("Query", "Subscription");

	private static final String MUTATION_ROOT = "Mutation";

	private static final String SUBSCRIPTION_ROOT = "Subscription";

	private final AccessRules access;

	private final CallerAuthenticator authenticator;

	private final Duration keyRecheckInterval;

	RootFieldGuard(AccessRules access, CallerAuthenticator authenticator, Duration keyRecheckInterval) {
		this.access = access;
		this.authenticator = authenticator;
		this.keyRecheckInterval = keyRecheckInterval;
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
		registry.dataFetcher(coordinates,
				guarded(fetcher, MUTATION_ROOT.equals(parent.getName()), SUBSCRIPTION_ROOT.equals(parent.getName())));
		return TraversalControl.CONTINUE;
	}

	private DataFetcher<?> guarded(DataFetcher<?> fetcher, boolean mutation, boolean subscription) {
		return (environment) -> {
			if (mutation && !this.access.hasAnyRole(AccessRules.caller())) {
				throw new AccessDeniedException("Mutations need an API key");
			}
			if (!mutation && !this.access.mayRead(AccessRules.caller())) {
				throw new AccessDeniedException("Reading needs an API key");
			}
			Object result = fetcher.get(environment);
			Authentication caller = AccessRules.caller();
			if (subscription && result instanceof Publisher<?> events && AccessRules.principalOf(caller) != null) {
				return endedOnRevocation(events, caller);
			}
			return result;
		};
	}

	/**
	 * The subscription's events, ended with {@code INVALID_API_KEY} once the caller's key
	 * no longer authenticates, checked every {@code keyRecheckInterval}.
	 */
	private Flux<Object> endedOnRevocation(Publisher<?> events, Authentication caller) {
		Mono<Object> revoked = Flux.interval(this.keyRecheckInterval, Schedulers.boundedElastic())
			.filter((tick) -> !this.authenticator.stillAccepted(caller))
			.next()
			.flatMap((tick) -> Mono.error(new ApiException(ErrorCode.INVALID_API_KEY,
					"The API key of this subscription was revoked or rotated; subscribe again with a valid key")));
		return Flux.<Object>from(events).mergeWith(revoked);
	}

}
