package app.briefings;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain GraphQL-over-HTTP client for tests that must see every outcome themselves:
 * refused connections, HTTP statuses and error codes, with no assertion made for them.
 */
public final class GraphQlHttp {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final URI endpoint;

	private final @Nullable String apiKey;

	public GraphQlHttp(int port, @Nullable String apiKey) {
		this.endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
		this.apiKey = apiKey;
	}

	/** Posts the document and variables; throws only on I/O failures. */
	public Answer post(String document, Map<String, Object> variables) throws java.io.IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", document);
		body.put("variables", variables);
		HttpRequest.Builder request = HttpRequest.newBuilder(this.endpoint)
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
		if (this.apiKey != null) {
			request.header("Authorization", "Bearer " + this.apiKey);
		}
		try {
			HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), parse(response.body()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new java.io.InterruptedIOException("interrupted");
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> parse(String body) {
		if (body.isBlank() || !body.strip().startsWith("{")) {
			return Map.of();
		}
		return json.readValue(body, Map.class);
	}

	/** An HTTP status and the parsed JSON body (empty when the body is not JSON). */
	public record Answer(int status, Map<String, Object> body) {

		@SuppressWarnings("unchecked")
		public List<Map<String, Object>> errors() {
			Object errors = this.body.get("errors");
			return (errors != null) ? (List<Map<String, Object>>) errors : List.of();
		}

		/**
		 * The {@code extensions.code} of each error, {@code null} for an error without
		 * one.
		 */
		@SuppressWarnings("unchecked")
		public List<@Nullable Object> errorCodes() {
			return errors().stream().map((error) -> {
				Map<String, Object> extensions = (Map<String, Object>) error.get("extensions");
				return (extensions != null) ? extensions.get("code") : null;
			}).toList();
		}

		@SuppressWarnings("unchecked")
		public @Nullable Map<String, Object> data() {
			return (Map<String, Object>) this.body.get("data");
		}

	}

}
