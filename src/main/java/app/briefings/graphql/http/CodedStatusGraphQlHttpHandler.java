package app.briefings.graphql.http;

import jakarta.servlet.ServletException;

import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Spring for GraphQL's POST handler, answering with the status {@link ResponseStatuses}
 * selects (429 for a spent budget, 400 for a subscription), and marking its requests as
 * plain HTTP so that {@link SubscriptionsNotOverPlainHttp} refuses subscriptions.
 */
class CodedStatusGraphQlHttpHandler extends GraphQlHttpHandler {

	CodedStatusGraphQlHttpHandler(WebGraphQlHandler graphQlHandler) {
		super(graphQlHandler);
	}

	@Override
	public ServerResponse handleRequest(ServerRequest request) throws ServletException {
		request.attributes().put(SubscriptionsNotOverPlainHttp.PLAIN_HTTP_REQUEST, Boolean.TRUE);
		return super.handleRequest(request);
	}

	@Override
	protected HttpStatus selectResponseStatus(WebGraphQlResponse response, MediaType responseMediaType) {
		return ResponseStatuses.select(response, responseMediaType);
	}

}
