package app.briefings.security;

/**
 * Who may introspect the schema ({@code briefings.security.introspection}).
 */
public enum Introspection {

	/** Everyone, the default. */
	ALL,
	/** Callers with an API key only; the {@code prod} profile's choice. */
	AUTHENTICATED

}
