package app.briefings.graphql.http;

import app.briefings.graphql.error.ErrorCode;

import graphql.GraphQLError;

import org.springframework.graphql.MediaTypes;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The HTTP status of a GraphQL answer: 429 when the caller's budget is spent, 400 for a
 * subscription sent as a plain request, 400 for a request error (no data) in
 * {@code application/graphql-response+json}, else 200, as GraphQL over HTTP asks for
 * {@code application/json}.
 */
public final class ResponseStatuses {

	private ResponseStatuses() {
	}

	public static HttpStatus select(WebGraphQlResponse response, MediaType mediaType) {
		if (hasCode(response, ErrorCode.RATE_LIMITED)) {
			return HttpStatus.TOO_MANY_REQUESTS;
		}
		if (hasCode(response, ErrorCode.SUBSCRIPTION_TRANSPORT_REQUIRED)) {
			return HttpStatus.BAD_REQUEST;
		}
		boolean requestError = !response.getExecutionResult().isDataPresent();
		return (requestError && MediaTypes.APPLICATION_GRAPHQL_RESPONSE.equals(mediaType)) ? HttpStatus.BAD_REQUEST
				: HttpStatus.OK;
	}

	private static boolean hasCode(WebGraphQlResponse response, ErrorCode code) {
		for (GraphQLError error : response.getExecutionResult().getErrors()) {
			if (error.getExtensions() != null && code.name().equals(error.getExtensions().get("code"))) {
				return true;
			}
		}
		return false;
	}

}
