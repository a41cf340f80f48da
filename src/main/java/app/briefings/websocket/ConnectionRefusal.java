package app.briefings.websocket;

import java.util.List;
import java.util.Map;

import app.briefings.graphql.error.ErrorCode;

import org.springframework.http.HttpStatus;

/**
 * Why a WebSocket upgrade is refused: the HTTP status and the coded error the refusal
 * carries.
 *
 * @param status 429 when the client's address is at its cap, 503 when the server is
 * @param scope {@code address} or {@code server}
 * @param limit the cap that was reached
 */
record ConnectionRefusal(HttpStatus status, String scope, int limit) {

	static ConnectionRefusal addressFull(int limit) {
		return new ConnectionRefusal(HttpStatus.TOO_MANY_REQUESTS, "address", limit);
	}

	static ConnectionRefusal serverFull(int limit) {
		return new ConnectionRefusal(HttpStatus.SERVICE_UNAVAILABLE, "server", limit);
	}

	String message() {
		return "address".equals(this.scope)
				? "Too many WebSocket connections from your address (at most " + this.limit
						+ "); close one before opening another"
				: "The server holds its most WebSocket connections (" + this.limit + "); retry later";
	}

	Map<String, Object> body() {
		ErrorCode code = ErrorCode.TOO_MANY_CONNECTIONS;
		Map<String, Object> extensions = Map.of("code", code.name(), "classification", code.classification().name(),
				"scope", this.scope, "limit", this.limit);
		return Map.of("errors", List.of(Map.of("message", message(), "extensions", extensions)));
	}

}
