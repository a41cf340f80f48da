package app.briefings.graphql.error;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.mongodb.MongoException;
import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoOperationTimeoutException;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;

import app.briefings.deadline.RequestDeadlineExceededException;
import app.briefings.deadline.RequestDeadlines;

/**
 * Maps exceptions raised while fetching data to GraphQL errors with a stable
 * {@code extensions.code}. This is the one place where exceptions become errors.
 */
@ControllerAdvice
public class GraphQlExceptionHandlers {

	/**
	 * How close to its deadline a request must be for a driver timeout to be taken for
	 * the deadline: the driver's timer and this check do not run at the same instant.
	 */
	private static final Duration DEADLINE_MARGIN = Duration.ofMillis(100);

	private final AuthenticationTrustResolver trustResolver = new AuthenticationTrustResolverImpl();

	@GraphQlExceptionHandler
	GraphQLError apiException(ApiException ex, DataFetchingEnvironment environment) {
		return error(ex.code(), ex.getMessage(), ex.details(), environment);
	}

	@GraphQlExceptionHandler
	GraphQLError accessDenied(AccessDeniedException ex, DataFetchingEnvironment environment) {
		if (this.trustResolver.isAnonymous(SecurityContextHolder.getContext().getAuthentication())) {
			return error(ErrorCode.UNAUTHENTICATED,
					"This operation needs an API key: send it as 'Authorization: Bearer <key>'", Map.of(), environment);
		}
		return error(ErrorCode.FORBIDDEN, "Your API key lacks the role this operation needs", Map.of(), environment);
	}

	@GraphQlExceptionHandler({ DataAccessResourceFailureException.class, MongoException.class })
	GraphQLError databaseUnavailable(Exception ex, DataFetchingEnvironment environment) {
		if (isDeadlineTimeout(ex)) {
			return requestTimedOut(environment);
		}
		return error(ErrorCode.UNAVAILABLE, "The database is unavailable; retry later", Map.of(), environment);
	}

	@GraphQlExceptionHandler
	GraphQLError deadlinePassed(RequestDeadlineExceededException ex, DataFetchingEnvironment environment) {
		return requestTimedOut(environment);
	}

	private static GraphQLError requestTimedOut(DataFetchingEnvironment environment) {
		return error(ErrorCode.REQUEST_TIMEOUT,
				"The request ran out of time (briefings.graphql.request-timeout) while reading the database; retry later",
				Map.of(), environment);
	}

	/**
	 * Whether the command was stopped because its request's time was up: the server's
	 * {@code maxTimeMS} ran out (50), or the driver's operation timeout fired with the
	 * request's deadline (nearly) reached. The driver reports a server it cannot select
	 * with the same exception while an operation timeout is set, so a timeout with time
	 * left on the deadline is an unavailable database.
	 */
	private static boolean isDeadlineTimeout(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof MongoExecutionTimeoutException) {
				return true;
			}
			if (cause instanceof MongoOperationTimeoutException) {
				return deadlineReached();
			}
		}
		return false;
	}

	private static boolean deadlineReached() {
		return RequestDeadlines.current()
			.map((deadline) -> deadline.remaining().compareTo(DEADLINE_MARGIN) < 0)
			.orElse(false);
	}

	private static GraphQLError error(ErrorCode code, String message, Map<String, Object> details,
			DataFetchingEnvironment environment) {
		Map<String, Object> extensions = new LinkedHashMap<>(details);
		extensions.put("code", code.name());
		return GraphqlErrorBuilder.newError(environment)
			.errorType(code.classification())
			.message(message)
			.extensions(extensions)
			.build();
	}

}
