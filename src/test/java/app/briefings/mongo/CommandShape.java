package app.briefings.mongo;

import org.jspecify.annotations.Nullable;

/**
 * One query shape the application sends, judged against the declared indexes.
 *
 * @param shape the command, collection, filter with its values left out, and order
 * @param index the index that serves it, or null
 * @param reason why no index serves it, or null when one does
 */
record CommandShape(String shape, @Nullable String index, @Nullable String reason) {

	boolean covered() {
		return this.reason == null;
	}

	static CommandShape served(String shape, String index) {
		return new CommandShape(shape, index, null);
	}

	static CommandShape unserved(String shape, String reason) {
		return new CommandShape(shape, null, reason);
	}

}
