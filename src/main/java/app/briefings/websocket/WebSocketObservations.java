package app.briefings.websocket;

import graphql.ExecutionInput;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationPredicate;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.graphql.observation.ExecutionRequestObservationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * Leaves out the two observations a graphql-ws client made that measured nothing useful:
 * the HTTP observation of the upgrade request, whose answer is the {@code 101} that turns
 * the connection into a socket, and the GraphQL request observation of an operation sent
 * over a socket, which for a subscription ends as soon as its stream starts and so timed
 * only the set-up. Each started and stopped a timer with its tags for every resuming
 * client, a measurable share of a burst of resumers. HTTP requests and GraphQL operations
 * over HTTP and SSE are observed as before.
 */
final class WebSocketObservations implements ObservationPredicate {

	/**
	 * The key, in an operation's {@code GraphQLContext}, that marks it as sent over
	 * graphql-ws.
	 */
	static final String OVER_GRAPHQL_WS = WebSocketObservations.class.getName() + ".overGraphQlWs";

	@Override
	public boolean test(String name, Observation.Context context) {
		if (context instanceof ServerRequestObservationContext http) {
			return !isWebSocketUpgrade(http.getCarrier());
		}
		if (context instanceof ExecutionRequestObservationContext graphQl) {
			return !isOverGraphQlWs(graphQl.getExecutionInput());
		}
		return true;
	}

	/** Marks an operation as sent over graphql-ws. */
	static ExecutionInput markedOverGraphQlWs(ExecutionInput input) {
		input.getGraphQLContext().put(OVER_GRAPHQL_WS, true);
		return input;
	}

	private static boolean isWebSocketUpgrade(HttpServletRequest request) {
		return "GET".equals(request.getMethod())
				&& "websocket".equalsIgnoreCase(request.getHeader(HttpHeaders.UPGRADE));
	}

	private static boolean isOverGraphQlWs(ExecutionInput input) {
		return Boolean.TRUE.equals(input.getGraphQLContext().get(OVER_GRAPHQL_WS));
	}

}
