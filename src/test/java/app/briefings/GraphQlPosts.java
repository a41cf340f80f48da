package app.briefings;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Raw GraphQL-over-HTTP posts for tests that shape the JSON body themselves (persisted
 * query extensions, odd fields) and expect the request to be answered with 200.
 */
public final class GraphQlPosts {

	private GraphQlPosts() {
	}

	/**
	 * Posts {@code body} as JSON to {@code /graphql}, expects 200 and returns the body.
	 */
	public static WebTestClient.BodyContentSpec postOk(WebTestClient http, Map<String, Object> body) {
		return http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody();
	}

}
