package app.briefings.websocket;

/**
 * One graphql-ws message of an operation as it is written to the socket, with the id and
 * type it was built with, so that sending it needs no second look at its JSON.
 *
 * @param id the operation's id
 * @param type {@code next}, {@code error} or {@code complete}
 * @param text the message as JSON
 */
record Frame(String id, String type, String text) {

	boolean ends() {
		return "complete".equals(this.type) || "error".equals(this.type);
	}

}
