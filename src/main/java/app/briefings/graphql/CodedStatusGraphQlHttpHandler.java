package app.briefings.graphql;

import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Spring for GraphQL's POST handler, answering with the status {@link ResponseStatuses}
 * selects (429 for a spent budget).
 */
class CodedStatusGraphQlHttpHandler extends GraphQlHttpHandler {

	CodedStatusGraphQlHttpHandler(WebGraphQlHandler graphQlHandler) {
		super(graphQlHandler);
	}

	@Override
	protected HttpStatus selectResponseStatus(WebGraphQlResponse response, MediaType responseMediaType) {
		return ResponseStatuses.select(response, responseMediaType);
	}

}
