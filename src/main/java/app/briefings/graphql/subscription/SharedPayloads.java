package app.briefings.graphql.subscription;

import java.util.function.Function;

/**
 * The JSON of subscription results that subscribers share: a transport that writes an
 * event's completed value (the subscribed field's value) through {@link #encode} runs the
 * encoder once per shared result, and every subscriber that reused the result gets the
 * same text. Values that are not shared, or no longer held, are encoded on every call.
 */
public final class SharedPayloads {

	private final SharedEventResults results;

	SharedPayloads(SharedEventResults results) {
		this.results = results;
	}

	/** The encoding of the value, made once when it is a shared result held now. */
	public String encode(Object value, Function<Object, String> encoder) {
		return this.results.encodedOnce(value, encoder);
	}

}
